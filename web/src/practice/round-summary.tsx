import { gradeOf, type PracticeRound } from '../api/practice.js';
import { truncate } from '../format.js';
import { Link } from '../router.js';
import { dimensionName, formatChange, formatScore } from './practice-format.js';
import { ScoreBar } from './score-bar.js';

/** Props of RoundSummary. */
export interface RoundSummaryProps {
  round: PracticeRound;
}

/** The round by dimension: the overall score, each dimension's, and each question's, then what next. */
export function RoundSummary({ round }: RoundSummaryProps) {
  const { summary } = round;
  const dims = Object.entries(summary.dimensions).sort((a, b) => b[1] - a[1]);
  const strongest = dims[0];
  const weakest = dims.length > 1 ? dims.at(-1) : undefined;
  return (
    <section className="round-summary" aria-labelledby="round-summary-heading">
      <div className="card">
        <h2 id="round-summary-heading">How the round went</h2>
        {summary.answered === 0 || summary.overall === null ? (
          <p className="muted">
            No answers graded yet. Answer a question and submit it for feedback; the summary builds as you go.
          </p>
        ) : (
          <>
            <div className="round-summary__headline">
              <p className="grade-score">
                <span className="grade-score__label">Round average</span>
                <span className="grade-score__value">
                  {formatScore(summary.overall)}
                  <span className="grade-score__of"> / 5</span>
                </span>
              </p>
              <p>
                You answered {summary.answered} of {round.questions.length} questions.
                {strongest ? ` Your strongest dimension was ${dimensionName(strongest[0]).toLowerCase()}.` : ''}
                {weakest ? ` The next gains are in ${dimensionName(weakest[0]).toLowerCase()}.` : ''}
              </p>
            </div>
            <h3>By dimension</h3>
            <ul className="dimension-list dimension-list--summary">
              {dims.map(([dim, score]) => (
                <li key={dim} className="dimension-list__item">
                  <div className="dimension-list__head">
                    <span className="dimension-list__name">{dimensionName(dim)}</span>
                    <ScoreBar score={score} />
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>By question</h3>
        <ol className="summary-questions">
          {round.questions.map((q) => {
            const answer = round.answers.find((a) => a.questionId === q.id);
            const grade = gradeOf(answer?.grade);
            const change = answer?.followUp?.change ?? null;
            return (
              <li key={q.id}>
                <span className="summary-questions__text">{truncate(q.text, 140)}</span>
                <span className="summary-questions__score">
                  {grade ? formatScore(grade.overall) : 'Not answered'}
                  {change !== null ? <span className="muted"> (follow-up {formatChange(change)})</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
        <div className="button-row">
          <Link to="/practice?view=plan" className="button button--primary">
            See your prep plan
          </Link>
          <Link to="/practice" className="button">
            Set up another round
          </Link>
        </div>
      </div>
    </section>
  );
}
