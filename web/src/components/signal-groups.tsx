import type { TSignal } from '../../../src/shared/schemas/question.js';
import { DIMENSIONS, type Dimension } from '../../../src/shared/schemas/vocabulary.js';
import { dimensionLabel } from '../format.js';

/** Props of SignalGroups. */
export interface SignalGroupsProps {
  signals: TSignal[];
  /** The question's dimensions: each gets a group, even before it has a signal. */
  dimensions: Dimension[];
}

/** The look-for signals, grouped under the dimension each one is evidence for. */
export function SignalGroups({ signals, dimensions }: SignalGroupsProps) {
  // The question's own order first (its main dimension leads), then any other dimension a signal names.
  const shown = [
    ...dimensions,
    ...DIMENSIONS.filter((d) => !dimensions.includes(d) && signals.some((s) => s.dimension === d)),
  ];
  return (
    <div className="signal-groups">
      {shown.map((dimension) => {
        const group = signals.filter((s) => s.dimension === dimension);
        return (
          <section key={dimension} className="signal-group" aria-label={dimensionLabel(dimension)}>
            <h3 className="signal-group__title">{dimensionLabel(dimension)}</h3>
            {group.length === 0 ? (
              <p className="muted">No signal for this dimension yet.</p>
            ) : (
              <ul className="signal-list">
                {group.map((signal) => (
                  <li key={signal.id} className="signal">
                    <p className="signal__text">{signal.text}</p>
                    <p className="signal__cues">
                      <span className="signal__cues-label">Cues</span>{' '}
                      {signal.cues.map((cue, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
                        <span key={i} className="cue">
                          {cue}
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
