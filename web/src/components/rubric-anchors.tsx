import { useState } from 'react';
import type { TRubric } from '../../../src/shared/schemas/rubric.js';
import type { Dimension, Level } from '../../../src/shared/schemas/vocabulary.js';
import { dimensionLabel, labelOf } from '../format.js';
import { LevelSwitch } from './level-switch.js';

/** Props of RubricAnchors. */
export interface RubricAnchorsProps {
  rubric: TRubric;
  dimensions: Dimension[];
  /** The question's levels; the first is shown to begin with. */
  levels: Level[];
}

const SCORES = ['1', '2', '3', '4', '5'] as const;
const SCORE_NAMES = { '1': 'Strong no', '2': 'No', '3': 'Mixed', '4': 'Yes', '5': 'Strong yes' } as const;

function percent(weight: number): string {
  return `${Math.round(weight * 100)}%`;
}

/** What 1 to 5 look like at one level for each of the question's dimensions, with a level switcher. */
export function RubricAnchors({ rubric, dimensions, levels }: RubricAnchorsProps) {
  const [level, setLevel] = useState<Level>(levels[0] ?? 'mid');
  const forLevel = levels.length > 0 ? levels.map(labelOf).join(' and ') : 'any level';
  return (
    <div className="anchors">
      <div className="anchors__controls">
        <LevelSwitch value={level} onChange={setLevel} marked={levels} legend="Show anchors for" />
        <p className="muted anchors__hint">
          <span className="segmented__mark" aria-hidden="true" /> This question is written for {forLevel}.
        </p>
      </div>
      <div className="anchors__grid">
        {dimensions.map((dimension) => {
          const anchors = rubric.anchors[level][dimension];
          return (
            <section key={dimension} className="anchor-card" aria-label={`${dimensionLabel(dimension)} at ${level}`}>
              <h3 className="anchor-card__title">{dimensionLabel(dimension)}</h3>
              <p className="anchor-card__weight">
                {percent(rubric.weights[level][dimension])} of the overall score at {labelOf(level).toLowerCase()}
              </p>
              <ol className="anchor-list">
                {SCORES.map((score) => (
                  <li key={score}>
                    <span className={`scale__score scale__score--${score}`} aria-hidden="true">
                      {score}
                    </span>
                    <span>
                      <span className="visually-hidden">
                        {score}, {SCORE_NAMES[score]}:{' '}
                      </span>
                      {anchors[score]}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
      <p className="muted anchors__note">{rubric.notAssessed}</p>
    </div>
  );
}
