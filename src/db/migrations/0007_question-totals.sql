CREATE TABLE "question_asked_totals" (
	"org_id" uuid NOT NULL,
	"interview_loop_version_id" uuid NOT NULL,
	"interview_stage_key" text NOT NULL,
	"application_loop_version_id" uuid NOT NULL,
	"application_stage_key" text NOT NULL,
	"status" text NOT NULL,
	"asked" integer NOT NULL,
	CONSTRAINT "question_asked_totals_pk" PRIMARY KEY("org_id","interview_loop_version_id","interview_stage_key","application_loop_version_id","application_stage_key","status")
);
--> statement-breakpoint
CREATE TABLE "question_unit_totals" (
	"org_id" uuid NOT NULL,
	"interview_loop_version_id" uuid NOT NULL,
	"interview_stage_key" text NOT NULL,
	"application_loop_version_id" uuid NOT NULL,
	"application_stage_key" text NOT NULL,
	"status" text NOT NULL,
	"dimension" text NOT NULL,
	"ratings" integer NOT NULL,
	"scored" integer NOT NULL,
	"sum" double precision NOT NULL,
	"sum_sq" double precision NOT NULL,
	"means" integer NOT NULL,
	"mean_sum" double precision NOT NULL,
	"mean_sum_sq" double precision NOT NULL,
	CONSTRAINT "question_unit_totals_pk" PRIMARY KEY("org_id","interview_loop_version_id","interview_stage_key","application_loop_version_id","application_stage_key","status","dimension")
);
--> statement-breakpoint
ALTER TABLE "question_asked_totals" ADD CONSTRAINT "question_asked_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_unit_totals" ADD CONSTRAINT "question_unit_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill the question totals of every visible interview: questionTotalStatements of
-- src/db/repos/report-summary-repo.ts for all interviews at once (nothing to subtract yet).
insert into question_asked_totals as t (org_id, interview_loop_version_id, interview_stage_key, application_loop_version_id, application_stage_key, status, asked)
select i.org_id, i.loop_version_id, i.stage_key, a.loop_version_id, a.stage_key, a.status, count(*)
from interviews i join applications a on a.id = i.application_id
where true and i.scores_visible
group by 1, 2, 3, 4, 5, 6
on conflict (org_id, interview_loop_version_id, interview_stage_key, application_loop_version_id, application_stage_key, status) do update set asked = t.asked + excluded.asked;--> statement-breakpoint
insert into question_unit_totals as t (org_id, interview_loop_version_id, interview_stage_key, application_loop_version_id, application_stage_key, status, dimension, ratings, scored, sum, sum_sq, means, mean_sum, mean_sum_sq)
select i.org_id, i.loop_version_id, i.stage_key, a.loop_version_id, a.stage_key, a.status, u.dimension,
       sum(u.rated), sum(u.n), coalesce(sum(u.sum), 0)::float8, coalesce(sum(u.sum_sq), 0),
       count(*) filter (where u.n > 0),
       coalesce(sum(u.sum::float8 / u.n) filter (where u.n > 0), 0),
       coalesce(sum((u.sum::float8 / u.n) ^ 2) filter (where u.n > 0), 0)
from rating_units u join interviews i on i.id = u.interview_id join applications a on a.id = i.application_id
where true and u.visible
group by 1, 2, 3, 4, 5, 6, 7
on conflict (org_id, interview_loop_version_id, interview_stage_key, application_loop_version_id, application_stage_key, status, dimension) do update
  set ratings = t.ratings + excluded.ratings, scored = t.scored + excluded.scored, sum = t.sum + excluded.sum,
      sum_sq = t.sum_sq + excluded.sum_sq, means = t.means + excluded.means,
      mean_sum = t.mean_sum + excluded.mean_sum, mean_sum_sq = t.mean_sum_sq + excluded.mean_sum_sq;
