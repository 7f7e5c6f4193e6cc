CREATE TABLE "password_resets" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "calibration_scores" (
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"scores" jsonb,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "calibration_scores_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "calibration_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"source_interview_id" uuid,
	"dimensions" text[] NOT NULL,
	"material" jsonb NOT NULL,
	"reference_scores" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"recorded_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scorecard_ratings" (
	"scorecard_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"score" smallint,
	"recommendation" smallint,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scorecard_ratings_scorecard_id_dimension_pk" PRIMARY KEY("scorecard_id","dimension")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "recruiters_see_fairness" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "min_group_size" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retention_days" integer;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_scores" ADD CONSTRAINT "calibration_scores_session_id_calibration_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."calibration_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_scores" ADD CONSTRAINT "calibration_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_scores" ADD CONSTRAINT "calibration_scores_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sessions" ADD CONSTRAINT "calibration_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sessions" ADD CONSTRAINT "calibration_sessions_source_interview_id_interviews_id_fk" FOREIGN KEY ("source_interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_ratings" ADD CONSTRAINT "scorecard_ratings_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_ratings" ADD CONSTRAINT "scorecard_ratings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_ratings" ADD CONSTRAINT "scorecard_ratings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_resets_user_idx" ON "password_resets" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calibration_scores_user_idx" ON "calibration_scores" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calibration_sessions_org_idx" ON "calibration_sessions" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "consent_records_candidate_idx" ON "consent_records" USING btree ("candidate_id","at");--> statement-breakpoint
CREATE INDEX "scorecard_ratings_org_dim_idx" ON "scorecard_ratings" USING btree ("org_id","dimension");--> statement-breakpoint
CREATE INDEX "scorecard_ratings_interview_idx" ON "scorecard_ratings" USING btree ("interview_id");--> statement-breakpoint
-- Backfill: one rating row per dimension of every submitted scorecard.
INSERT INTO "scorecard_ratings" ("scorecard_id", "org_id", "interview_id", "interviewer_id", "dimension", "score", "recommendation", "submitted_at")
SELECT s."id", s."org_id", s."interview_id", s."interviewer_id", r->>'dimension', (r->>'score')::smallint,
       (s."content"->>'recommendation')::smallint, coalesce(s."submitted_at", s."updated_at")
FROM "scorecards" s CROSS JOIN LATERAL jsonb_array_elements(s."content"->'ratings') r
WHERE s."status" = 'submitted'
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Backfill: the consent already recorded with each self-identification.
INSERT INTO "consent_records" ("org_id", "candidate_id", "purpose", "granted", "at")
SELECT d."org_id", d."candidate_id", 'demographics', true, d."consented_at" FROM "candidate_demographics" d;
