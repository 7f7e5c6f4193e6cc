-- The audit log is append-only: no UPDATE or DELETE, whatever the application code does.
-- The one exception is a GDPR erasure, which must scrub a person's free text from payloads;
-- it announces itself with SET LOCAL caliper.erasure = 'on' inside its own transaction.
CREATE OR REPLACE FUNCTION caliper_audit_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('caliper.erasure', true) = 'on' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION caliper_audit_append_only();
