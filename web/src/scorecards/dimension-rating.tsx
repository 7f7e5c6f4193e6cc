import { useId, useState } from 'react';
import { MIN_EVIDENCE, RECOMMENDATION_NAMES, type ScoreChoice } from './scorecard-draft.js';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Props of DimensionRating. */
export interface DimensionRatingProps {
  dimension: { id: string; name: string; description: string; anchors: Record<string, string> };
  choice: ScoreChoice;
  evidence: string;
  problem: string | undefined;
  readOnly: boolean;
  onChoice: (choice: ScoreChoice) => void;
  onEvidence: (text: string) => void;
}

/**
 * One dimension: a 1–5 radio group plus "Not assessed" (arrow keys move within it), the
 * level's anchor for the hovered or picked score beside it, and the evidence for the score.
 */
export function DimensionRating({
  dimension,
  choice,
  evidence,
  problem,
  readOnly,
  onChoice,
  onEvidence,
}: DimensionRatingProps) {
  const id = useId();
  const [hovered, setHovered] = useState<number | null>(null);
  const shown = hovered ?? (typeof choice === 'number' ? choice : null);
  const scored = typeof choice === 'number';
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const evidenceId = `${id}-evidence`;

  return (
    <fieldset
      className={`sc-dimension${problem ? ' sc-dimension--problem' : ''}`}
      aria-describedby={problem ? problemId : undefined}
    >
      <legend className="sc-dimension__name">{dimension.name}</legend>
      <p className="sc-dimension__about">{dimension.description}</p>
      <div className="sc-dimension__scale">
        <div className="sc-options">
          {SCORES.map((score) => (
            <label
              key={score}
              className="sc-option"
              onMouseEnter={() => setHovered(score)}
              onMouseLeave={() => setHovered(null)}
              title={`${score} ${RECOMMENDATION_NAMES[score]}`}
            >
              <input
                type="radio"
                name={`${id}-score`}
                value={score}
                checked={choice === score}
                disabled={readOnly}
                onChange={() => onChoice(score)}
                onFocus={() => setHovered(null)}
                aria-describedby={`${id}-anchor-${score}`}
              />
              <span>{score}</span>
              <span id={`${id}-anchor-${score}`} hidden>
                {dimension.anchors[String(score)] ?? ''}
              </span>
            </label>
          ))}
          <label className="sc-option sc-option--na">
            <input
              type="radio"
              name={`${id}-score`}
              value="na"
              checked={choice === 'na'}
              disabled={readOnly}
              onChange={() => onChoice('na')}
            />
            <span>Not assessed</span>
          </label>
        </div>
        <p className="sc-anchor" aria-live="polite">
          {shown === null ? (
            choice === 'na' ? (
              'Not assessed is not a zero: this dimension is left out of the averages.'
            ) : (
              <span className="muted">Hover or pick a score to see what it means at this level.</span>
            )
          ) : (
            <>
              <strong>
                {shown} {RECOMMENDATION_NAMES[shown]}:
              </strong>{' '}
              {dimension.anchors[String(shown)] ?? '—'}
            </>
          )}
        </p>
      </div>
      <div className="field sc-evidence">
        <label htmlFor={evidenceId}>
          Evidence for {dimension.name}
          {scored ? <span className="sc-required"> (required)</span> : <span className="optional"> (optional)</span>}
        </label>
        <span id={hintId} className="field-hint">
          One sentence: “They said X, which suggests Y.” {MIN_EVIDENCE} characters or more for a score.
        </span>
        <textarea
          id={evidenceId}
          rows={2}
          value={evidence}
          readOnly={readOnly}
          required={scored}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          onChange={(e) => onEvidence(e.target.value)}
          maxLength={2000}
        />
      </div>
      {problem ? (
        <p id={problemId} className="sc-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
