import { formatScore } from './practice-format.js';

/** Props of ScoreBar. */
export interface ScoreBarProps {
  /** 1–5. */
  score: number;
  /** Who gave it, when two graders are shown ("AI grader"). */
  source?: string;
}

/** A 1–5 score as a number with a quiet bar behind it (the bar is decoration; the number is the fact). */
export function ScoreBar({ score, source }: ScoreBarProps) {
  const width = `${Math.max(0, Math.min(100, ((score - 1) / 4) * 100))}%`;
  const tone = score >= 3.5 ? 'score-bar--strong' : score >= 2.5 ? 'score-bar--fair' : 'score-bar--weak';
  return (
    <span className={`score-bar ${tone}`}>
      <span className="score-bar__value">
        {source ? <span className="score-bar__source">{source} </span> : null}
        {formatScore(score)}
        <span className="visually-hidden"> out of 5</span>
      </span>
      <span className="score-bar__track" aria-hidden="true">
        <span className="score-bar__fill" style={{ width }} />
      </span>
    </span>
  );
}
