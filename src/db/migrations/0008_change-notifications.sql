-- Change notifications for the caches each API node keeps (src/db/change-feed.ts). A trigger
-- notifies on commit; every node listening drops what it holds. Payloads:
--   credentials         a session ended, a token was revoked, a membership changed or ended
--   bank:<org id>       an organisation's questions changed
--   bank:built-in       the built-in bank changed (a sync)
-- NOTIFY is transactional: nothing is sent for a change that rolls back, and identical payloads
-- in one transaction are sent once.
CREATE FUNCTION caliper_notify_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('caliper_changes', 'credentials');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_credentials AFTER DELETE OR UPDATE OF expires_at, user_id, org_id, csrf_token
  ON sessions FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_credentials();
--> statement-breakpoint
-- Not on last_used_at: a token in use is touched once a minute, which changes nothing a cache holds.
CREATE TRIGGER api_tokens_notify_credentials AFTER DELETE OR UPDATE OF revoked_at, user_id, org_id, token_hash
  ON api_tokens FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_credentials();
--> statement-breakpoint
CREATE TRIGGER memberships_notify_credentials AFTER DELETE OR UPDATE
  ON memberships FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_credentials();
--> statement-breakpoint
CREATE FUNCTION caliper_notify_bank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('caliper_changes', 'bank:' || coalesce(OLD.org_id::text, 'built-in'));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('caliper_changes', 'bank:' || coalesce(NEW.org_id::text, 'built-in'));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER questions_notify_bank AFTER INSERT OR UPDATE OR DELETE
  ON questions FOR EACH ROW EXECUTE FUNCTION caliper_notify_bank();
--> statement-breakpoint
-- Interview kits: what findInterviewState reads (src/db/repos/kit-repo.ts). One interview's
-- change names it; a change to a name, a role, a loop or accommodations, which many kits show,
-- says `kits`. Not on interviews.scores_visible, which every submission rewrites and no kit shows.
CREATE FUNCTION caliper_notify_interview() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('caliper_changes', 'interview:' || (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION caliper_notify_panel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('caliper_changes', 'interview:' || OLD.interview_id::text);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('caliper_changes', 'interview:' || NEW.interview_id::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER interviews_notify_interview AFTER DELETE OR UPDATE OF application_id, loop_version_id, stage_key, scheduled_at, status
  ON interviews FOR EACH ROW EXECUTE FUNCTION caliper_notify_interview();
--> statement-breakpoint
CREATE TRIGGER interview_interviewers_notify_interview AFTER INSERT OR UPDATE OR DELETE
  ON interview_interviewers FOR EACH ROW EXECUTE FUNCTION caliper_notify_panel();
--> statement-breakpoint
CREATE FUNCTION caliper_notify_kits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('caliper_changes', 'kits');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER applications_notify_kits AFTER DELETE OR UPDATE OF candidate_id, role_id, accommodations
  ON applications FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_kits();
--> statement-breakpoint
CREATE TRIGGER candidates_notify_kits AFTER DELETE OR UPDATE OF name
  ON candidates FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_kits();
--> statement-breakpoint
CREATE TRIGGER roles_notify_kits AFTER DELETE OR UPDATE OF title, level
  ON roles FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_kits();
--> statement-breakpoint
CREATE TRIGGER loop_versions_notify_kits AFTER DELETE OR UPDATE OF content
  ON loop_versions FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_kits();
--> statement-breakpoint
CREATE TRIGGER users_notify_kits AFTER DELETE OR UPDATE OF name
  ON users FOR EACH STATEMENT EXECUTE FUNCTION caliper_notify_kits();
