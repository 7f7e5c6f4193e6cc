/** Props of AnchorScale. */
export interface AnchorScaleProps {
  /** Anchor text per score, keyed "1".."5". */
  anchors: Record<string, string>;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;
const SCORE_NAMES: Record<(typeof SCORES)[number], string> = {
  '1': 'Strong no',
  '2': 'No',
  '3': 'Mixed',
  '4': 'Yes',
  '5': 'Strong yes',
};

/** What 1 to 5 look like for one dimension, as an ordered list. */
export function AnchorScale({ anchors }: AnchorScaleProps) {
  return (
    <ol className="anchor-list">
      {SCORES.map((score) => (
        <li key={score}>
          <span className={`scale__score scale__score--${score}`} aria-hidden="true">
            {score}
          </span>
          <span>
            <span className="anchor-list__name">
              {score} {SCORE_NAMES[score]}:
            </span>{' '}
            {anchors[score] ?? '—'}
          </span>
        </li>
      ))}
    </ol>
  );
}
