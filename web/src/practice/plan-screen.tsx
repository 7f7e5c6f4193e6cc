import { fetchPlan, fetchProfile, fetchProgress, startRound } from '../api/practice.js';
import { useLoad } from '../hooks/use-load.js';
import { Link, navigate } from '../router.js';
import { topicWords } from '../topics.js';
import { InterviewDateForm } from './interview-date-form.js';
import { PlanDays } from './plan-days.js';
import { noticeLoss, usePractice } from './practice-context.js';
import { dimensionName } from './practice-format.js';
import { ProgressChart } from './progress-chart.js';

/** The shortest round the API allows; a one-question round ends when the question does. */
const PLAN_ITEM_MINUTES = 15;

/** The prep plan, day by day until the interview, and progress per dimension over the rounds. */
export function PlanScreen() {
  const { who, mode, problem } = usePractice();
  const { state, retry } = useLoad(`plan:${mode}`, (signal) =>
    Promise.all([fetchProfile(who, signal), fetchPlan(who, undefined, signal), fetchProgress(who, signal)]).catch(
      noticeLoss(problem),
    ),
  );

  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        Building your plan…
      </p>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div className="banner banner--error" role="alert">
        <span>Could not load your plan: {'message' in state ? state.message : 'it was not found'}</span>
        <button type="button" className="button button--quiet" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  const [profile, plan, progress] = state.data;
  return (
    <div className="plan-screen">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/practice">Practice</Link> · Plan and progress
        </p>
        <h1>Your prep plan</h1>
        <p className="lead">
          {profile.interviewDate
            ? `${plan.daysLeft} ${plan.daysLeft === 1 ? 'day' : 'days'} until your interview on ${profile.interviewDate}. Little and often beats one long night.`
            : `No interview date yet, so here is a ${plan.days.length}-day plan. Add your date and it counts down to it.`}
        </p>
      </header>
      <div className="plan-screen__top">
        <section className="card plan-focus" aria-labelledby="plan-focus-heading">
          <h2 id="plan-focus-heading">Where the next points are</h2>
          {profile.rounds === 0 ? (
            <p className="muted">After your first round, this plan leans on what to work on most.</p>
          ) : null}
          {plan.weakDimensions.length ? (
            <ul className="chip-list" aria-label="Dimensions to work on">
              {plan.weakDimensions.map((d) => (
                <li key={d} className="chip">
                  {dimensionName(d)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No weak dimension stands out. Keep the rhythm going.</p>
          )}
          {plan.weakTopics.length ? (
            <p className="plan-focus__topics">Topics to revisit: {plan.weakTopics.map(topicWords).join(', ')}.</p>
          ) : null}
        </section>
        <section className="card" aria-label="Interview date">
          <InterviewDateForm key={profile.interviewDate ?? ''} profile={profile} onSaved={retry} />
        </section>
      </div>
      <section className="plan-screen__section" aria-labelledby="plan-days-heading">
        <h2 id="plan-days-heading">Day by day</h2>
        <PlanDays
          days={plan.days}
          onPractise={async (questionId) => {
            const round = await startRound(who, {
              level: profile.targetLevel,
              track: 'mix',
              minutes: PLAN_ITEM_MINUTES,
              questionIds: [questionId],
            });
            navigate(`/practice?round=${encodeURIComponent(round.id)}`);
          }}
        />
      </section>
      <section className="plan-screen__section" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Your progress</h2>
        <p className="muted">Scores out of 5 for each round, overall and by dimension.</p>
        <ProgressChart progress={progress} />
      </section>
      <p className="practice-label">
        Practice and coaching only: not a hiring decision, and never shared with an employer.
      </p>
    </div>
  );
}
