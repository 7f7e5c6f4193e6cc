CREATE TABLE "summary_refresh_queue" (
	"interview_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "summary_refresh_queue" ADD CONSTRAINT "summary_refresh_queue_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_refresh_queue" ADD CONSTRAINT "summary_refresh_queue_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "summary_refresh_queue_org_idx" ON "summary_refresh_queue" USING btree ("org_id");