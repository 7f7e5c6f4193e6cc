import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { MyInterviews } from '../components/my-interviews.js';
import { roleLabel } from '../format.js';
import { Link } from '../router.js';

/** Props of HomePage. */
export interface HomePageProps {
  session: TSessionInfo;
}

const AREAS = [
  {
    to: '/bank',
    title: 'Question bank',
    text: 'Calibrated questions by category, level and topic, each with what to listen for and the follow-ups to ask.',
    ready: true,
  },
  {
    to: '/practice',
    title: 'Practice',
    text: 'Timed mock rounds for candidates, graded against the same rubric the panels use.',
    ready: false,
  },
  {
    to: '/loops',
    title: 'Roles & loops',
    text: 'Interview loops calibrated to the level you are hiring, with a kit for every interviewer.',
    ready: true,
  },
  {
    to: '/candidates',
    title: 'Candidates',
    text: 'The pipeline by stage, scheduling, and the packet each candidate gets before the loop.',
    ready: true,
  },
  {
    to: '/reports',
    title: 'Reports',
    text: 'Rater agreement and drift, and the four-fifths check for adverse impact.',
    ready: true,
  },
  {
    to: '/settings',
    title: 'Settings',
    text: 'Members and roles, API tokens, and your scoring dimensions and weights.',
    ready: false,
  },
] as const;

/** The rating scale every interviewer uses on every dimension. */
const SCALE = [
  { score: '1', name: 'Strong no', text: 'Significant gaps; unlikely to grow into the role soon.' },
  { score: '2', name: 'No', text: 'Gaps outweigh strengths at this stage.' },
  { score: '3', name: 'Mixed', text: 'Parts done well, meaningful gaps; lean on references and the working session.' },
  { score: '4', name: 'Yes', text: 'Clearly capable; outcomes against most must-haves.' },
  { score: '5', name: 'Strong yes', text: 'Raises the bar; outcomes across all must-haves and most nice-to-haves.' },
] as const;

/** The signed-in start page: where each part of Caliper lives, and the scale everyone scores on. */
export function HomePage({ session }: HomePageProps) {
  const firstName = session.user.name.split(/\s+/)[0] ?? session.user.name;
  return (
    <div className="home">
      <header className="page-header">
        <p className="eyebrow">
          {session.organisation.name} · {roleLabel(session.role)}
        </p>
        <h1>Welcome, {firstName}</h1>
        <p className="lead">
          Structured interviews for backend engineers: the same marks on the ruler for every candidate.
        </p>
      </header>
      <div className="home__grid">
        <div className="home__main">
          <MyInterviews />
          <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">Where to start</h2>
            <ul className="area-list">
              {AREAS.map((area) => (
                <li key={area.to}>
                  <Link to={area.to} className="area-card">
                    <span className="area-card__title">{area.title}</span>
                    <span className="area-card__text">{area.text}</span>
                    <span className={area.ready ? 'status-pill status-pill--ready' : 'status-pill'}>
                      {area.ready ? 'Available' : 'Coming next'}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="card scale" aria-labelledby="scale-heading">
          <h2 id="scale-heading">The rating scale</h2>
          <p className="muted">
            Every interviewer scores every dimension from 1 to 5, with one sentence of evidence, before seeing anyone
            else’s scores. “Not assessed” is allowed and is not a zero.
          </p>
          <ol className="scale__list">
            {SCALE.map((step) => (
              <li key={step.score}>
                <span className={`scale__score scale__score--${step.score}`} aria-hidden="true">
                  {step.score}
                </span>
                <span>
                  <strong>
                    <span className="visually-hidden">{step.score}: </span>
                    {step.name}
                  </strong>{' '}
                  — {step.text}
                </span>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
