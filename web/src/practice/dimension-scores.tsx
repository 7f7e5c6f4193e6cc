import { DIMENSIONS } from '../../../src/shared/schemas/vocabulary.js';
import type { PracticeGrade } from '../api/practice.js';
import { dimensionLabel } from '../format.js';
import { ScoreBar } from './score-bar.js';

/** Props of DimensionScores. */
export interface DimensionScoresProps {
  grade: PracticeGrade;
  /** The AI grader's grade, shown beside the coach's when there is one. */
  llmGrade: PracticeGrade | null;
}

/** The rubric dimensions this question assessed: a score each and the reasons for it. */
export function DimensionScores({ grade, llmGrade }: DimensionScoresProps) {
  const assessed = DIMENSIONS.filter((d) => grade.dimensions[d].score !== null);
  const skipped = DIMENSIONS.filter((d) => grade.dimensions[d].score === null);
  return (
    <section className="feedback-block" aria-labelledby="dimensions-heading">
      <h4 id="dimensions-heading">Scores by dimension</h4>
      <ul className="dimension-list">
        {assessed.map((d) => {
          const { score, reasons } = grade.dimensions[d];
          const llmScore = llmGrade?.dimensions[d].score ?? null;
          return (
            <li key={d} className="dimension-list__item">
              <div className="dimension-list__head">
                <span className="dimension-list__name">{dimensionLabel(d)}</span>
                <span className="dimension-list__scores">
                  {score !== null ? <ScoreBar score={score} source={llmGrade ? 'Coach' : undefined} /> : null}
                  {llmScore !== null ? <ScoreBar score={llmScore} source="AI grader" /> : null}
                </span>
              </div>
              {reasons.length ? (
                <ul className="dimension-list__reasons">
                  {reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      {skipped.length ? (
        <p className="field-hint">Not assessed by this question: {skipped.map(dimensionLabel).join(', ')}.</p>
      ) : null}
    </section>
  );
}
