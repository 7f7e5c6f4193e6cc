import type { TLoopWarning } from '../api/panel-types.js';
import { explainWarning } from './warning-text.js';

/** Props of WarningList. */
export interface WarningListProps {
  warnings: readonly TLoopWarning[];
  /** Names the list for screen readers ("Warnings for Recruiter screen"). */
  label: string;
}

/** Loop warnings, each with what it means and what to do. Renders nothing when there are none. */
export function WarningList({ warnings, label }: WarningListProps) {
  if (warnings.length === 0) return null;
  return (
    <ul className="loop-warnings" aria-label={label}>
      {warnings.map((w, i) => {
        const { title, why } = explainWarning(w.code);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no identity beyond their place
          <li key={i} className="loop-warning" data-code={w.code}>
            <p className="loop-warning__title">
              <span className="loop-warning__icon" aria-hidden="true">
                !
              </span>
              {title}
            </p>
            <p className="loop-warning__message">{w.message}</p>
            {why ? <p className="loop-warning__why">{why}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
