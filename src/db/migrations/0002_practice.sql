CREATE TABLE "practice_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"elapsed_seconds" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"grade" jsonb,
	"llm_grade" jsonb,
	"follow_up_question" text,
	"follow_up_answer" text,
	"follow_up_grade" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"secret_hash" text,
	"target_level" text DEFAULT 'mid' NOT NULL,
	"interview_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"level" text NOT NULL,
	"track" text NOT NULL,
	"minutes" integer NOT NULL,
	"context" text,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practice_answers" ADD CONSTRAINT "practice_answers_round_id_practice_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."practice_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_profiles" ADD CONSTRAINT "practice_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_rounds" ADD CONSTRAINT "practice_rounds_profile_id_practice_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."practice_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_answers_round_question_key" ON "practice_answers" USING btree ("round_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_profiles_user_key" ON "practice_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_profiles_secret_key" ON "practice_profiles" USING btree ("secret_hash");