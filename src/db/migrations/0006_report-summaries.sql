CREATE TABLE "drift_dimension_totals" (
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"n" integer NOT NULL,
	"sum" double precision NOT NULL,
	"sum_sq" double precision NOT NULL,
	CONSTRAINT "drift_dimension_totals_org_id_role_id_interviewer_id_dimension_pk" PRIMARY KEY("org_id","role_id","interviewer_id","dimension")
);
--> statement-breakpoint
CREATE TABLE "drift_month_totals" (
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"month" text NOT NULL,
	"n" integer NOT NULL,
	"sum" double precision NOT NULL,
	"sum_sq" double precision NOT NULL,
	CONSTRAINT "drift_month_totals_org_id_role_id_interviewer_id_month_pk" PRIMARY KEY("org_id","role_id","interviewer_id","month")
);
--> statement-breakpoint
CREATE TABLE "rating_offsets" (
	"scorecard_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"visible" boolean NOT NULL,
	"offset" double precision NOT NULL,
	CONSTRAINT "rating_offsets_scorecard_id_dimension_pk" PRIMARY KEY("scorecard_id","dimension")
);
--> statement-breakpoint
CREATE TABLE "rating_units" (
	"interview_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"org_id" uuid NOT NULL,
	"stage_key" text NOT NULL,
	"visible" boolean NOT NULL,
	"rated" integer NOT NULL,
	"n" integer NOT NULL,
	"sum" integer,
	"sum_sq" double precision,
	CONSTRAINT "rating_units_interview_id_dimension_pk" PRIMARY KEY("interview_id","dimension")
);
--> statement-breakpoint
CREATE TABLE "reliability_totals" (
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"stage_key" text NOT NULL,
	"dimension" text NOT NULL,
	"units" integer NOT NULL,
	"ratings" integer NOT NULL,
	"sum" double precision NOT NULL,
	"sum_sq" double precision NOT NULL,
	"sum_mean_sq" double precision NOT NULL,
	"size_sq" double precision NOT NULL,
	"paired_within" double precision NOT NULL,
	CONSTRAINT "reliability_totals_org_id_role_id_stage_key_dimension_pk" PRIMARY KEY("org_id","role_id","stage_key","dimension")
);
--> statement-breakpoint
CREATE TABLE "scorecard_summaries" (
	"scorecard_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"visible" boolean NOT NULL,
	"recommendation" integer,
	"month" text NOT NULL,
	"offset_n" integer NOT NULL,
	"offset_mean" double precision
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "scores_visible" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "drift_dimension_totals" ADD CONSTRAINT "drift_dimension_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drift_month_totals" ADD CONSTRAINT "drift_month_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_offsets" ADD CONSTRAINT "rating_offsets_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_offsets" ADD CONSTRAINT "rating_offsets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_units" ADD CONSTRAINT "rating_units_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_units" ADD CONSTRAINT "rating_units_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliability_totals" ADD CONSTRAINT "reliability_totals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_summaries" ADD CONSTRAINT "scorecard_summaries_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_summaries" ADD CONSTRAINT "scorecard_summaries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rating_offsets_interview_idx" ON "rating_offsets" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "rating_units_org_idx" ON "rating_units" USING btree ("org_id","visible");--> statement-breakpoint
CREATE INDEX "scorecard_summaries_org_idx" ON "scorecard_summaries" USING btree ("org_id","visible");--> statement-breakpoint
CREATE INDEX "scorecard_summaries_interview_idx" ON "scorecard_summaries" USING btree ("interview_id");--> statement-breakpoint
-- Backfill the report summaries and running totals of every interview: the statements of
-- src/db/repos/report-summary-repo.ts for all interviews at once (nothing to subtract yet).
update interviews i set scores_visible = (
  exists (select 1 from debriefs d where d.application_id = i.application_id)
  or not exists (
    select 1 from interview_interviewers ii
    where ii.interview_id = i.id
      and not exists (
        select 1 from scorecards sc
        where sc.interview_id = i.id and sc.interviewer_id = ii.user_id and sc.status = 'submitted'
      )
  ))
where true;--> statement-breakpoint
insert into rating_offsets (scorecard_id, dimension, org_id, interview_id, interviewer_id, visible, "offset")
select scorecard_id, dimension, org_id, interview_id, interviewer_id, visible,
       score - (total - score)::float8 / (c - 1)
from (
  select r.scorecard_id, r.dimension, r.org_id, r.interview_id, r.interviewer_id, i.scores_visible as visible,
         r.score::float8 as score, sum(r.score) over w as total, count(*) over w as c
  from scorecard_ratings r join interviews i on i.id = r.interview_id
  where true and r.score is not null
  window w as (partition by r.interview_id, r.dimension)
) x
where c >= 2;--> statement-breakpoint
insert into rating_units (interview_id, dimension, org_id, stage_key, visible, rated, n, sum, sum_sq)
select r.interview_id, r.dimension, i.org_id, i.stage_key, i.scores_visible,
       count(*), count(r.score), sum(r.score), sum(r.score::float8 * r.score)
from scorecard_ratings r join interviews i on i.id = r.interview_id
where true
group by r.interview_id, r.dimension, i.org_id, i.stage_key, i.scores_visible;--> statement-breakpoint
insert into scorecard_summaries
  (scorecard_id, org_id, interview_id, application_id, candidate_id, interviewer_id, visible, recommendation, month,
   offset_n, offset_mean)
select sc.id, sc.org_id, sc.interview_id, i.application_id, a.candidate_id, sc.interviewer_id, i.scores_visible,
       case when jsonb_typeof(sc.content->'recommendation') = 'number' then (sc.content->>'recommendation')::int end,
       to_char(date_trunc('month', i.scheduled_at at time zone 'UTC'), 'YYYY-MM'),
       coalesce(o.n, 0), o.m
from scorecards sc
join interviews i on i.id = sc.interview_id
join applications a on a.id = i.application_id
left join (
  select o.scorecard_id, count(*)::int as n, avg(o."offset") as m
  from rating_offsets o where o.interview_id in (select i.id from interviews i where true)
  group by o.scorecard_id
) o on o.scorecard_id = sc.id
where true and sc.status = 'submitted';--> statement-breakpoint
insert into drift_dimension_totals as t (org_id, role_id, interviewer_id, dimension, n, sum, sum_sq)
select x.org_id, a.role_id, x.interviewer_id, x.dimension,
       count(*), sum(x."offset"), sum(x."offset" * x."offset")
from rating_offsets x join interviews i on i.id = x.interview_id join applications a on a.id = i.application_id
where true and x.visible
group by x.org_id, a.role_id, x.interviewer_id, x.dimension
on conflict (org_id, role_id, interviewer_id, dimension) do update
  set n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq;--> statement-breakpoint
insert into drift_month_totals as t (org_id, role_id, interviewer_id, month, n, sum, sum_sq)
select x.org_id, a.role_id, x.interviewer_id, x.month,
       count(*), sum(x.offset_mean), sum(x.offset_mean * x.offset_mean)
from scorecard_summaries x join interviews i on i.id = x.interview_id join applications a on a.id = i.application_id
where true and x.visible and x.offset_n > 0
group by x.org_id, a.role_id, x.interviewer_id, x.month
on conflict (org_id, role_id, interviewer_id, month) do update
  set n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq;--> statement-breakpoint
insert into reliability_totals as t
  (org_id, role_id, stage_key, dimension, units, ratings, sum, sum_sq, sum_mean_sq, size_sq, paired_within)
select x.org_id, a.role_id, x.stage_key, x.dimension, count(*), sum(x.n),
       sum(x.s), sum(x.ss), sum(x.s * x.s / x.n), sum(x.n * x.n),
       sum(x.n * (x.ss - x.s * x.s / x.n) / (x.n - 1))
from (
  select interview_id, org_id, stage_key, dimension, n::float8 as n, sum::float8 as s, sum_sq as ss
  from rating_units where visible and n >= 2
) x join interviews i on i.id = x.interview_id join applications a on a.id = i.application_id
where true
group by x.org_id, a.role_id, x.stage_key, x.dimension
on conflict (org_id, role_id, stage_key, dimension) do update
  set units = t.units + excluded.units, ratings = t.ratings + excluded.ratings, sum = t.sum + excluded.sum,
      sum_sq = t.sum_sq + excluded.sum_sq, sum_mean_sq = t.sum_mean_sq + excluded.sum_mean_sq,
      size_sq = t.size_sq + excluded.size_sq, paired_within = t.paired_within + excluded.paired_within;
