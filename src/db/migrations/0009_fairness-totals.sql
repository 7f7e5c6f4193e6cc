CREATE TABLE "fairness_interviewer_totals" (
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"attribute" text NOT NULL,
	"grp" text NOT NULL,
	"recommendation" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "fairness_interviewer_totals_pk" PRIMARY KEY("org_id","role_id","interviewer_id","attribute","grp","recommendation")
);
--> statement-breakpoint
CREATE TABLE "fairness_stage_totals" (
	"org_id" uuid NOT NULL,
	"loop_version_id" uuid NOT NULL,
	"stage_key" text NOT NULL,
	"status" text NOT NULL,
	"attribute" text NOT NULL,
	"grp" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "fairness_stage_totals_pk" PRIMARY KEY("org_id","loop_version_id","stage_key","status","attribute","grp")
);
--> statement-breakpoint
ALTER TABLE "fairness_interviewer_totals" ADD CONSTRAINT "fairness_interviewer_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairness_stage_totals" ADD CONSTRAINT "fairness_stage_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill the fairness totals of every application and visible recommendation:
-- fairnessStageStatement and fairnessInterviewerStatement of src/db/repos/fairness-totals-repo.ts
-- for all rows at once (nothing to subtract yet).
insert into fairness_stage_totals as t (org_id, loop_version_id, stage_key, status, attribute, grp, n)
select a.org_id, a.loop_version_id, a.stage_key, a.status, d.key, btrim(d.value), count(*)
from applications a join candidate_demographics cd on cd.candidate_id = a.candidate_id cross join lateral jsonb_each_text(cd.data) d
where true and btrim(d.value) <> ''
group by 1, 2, 3, 4, 5, 6
on conflict (org_id, loop_version_id, stage_key, status, attribute, grp) do update set n = t.n + excluded.n;--> statement-breakpoint
insert into fairness_interviewer_totals as t
  (org_id, role_id, interviewer_id, attribute, grp, recommendation, n)
select x.org_id, a.role_id, x.interviewer_id, d.key, btrim(d.value), x.recommendation, count(*)
from scorecard_summaries x
join interviews i on i.id = x.interview_id
join applications a on a.id = i.application_id
join candidate_demographics cd on cd.candidate_id = x.candidate_id cross join lateral jsonb_each_text(cd.data) d
where true and x.visible and x.recommendation is not null and btrim(d.value) <> ''
group by 1, 2, 3, 4, 5, 6
on conflict (org_id, role_id, interviewer_id, attribute, grp, recommendation) do update set n = t.n + excluded.n;
