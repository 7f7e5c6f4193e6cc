import type { TRole } from '../../../src/shared/schemas/panel.js';
import type { TLoopWarning } from '../api/panel-types.js';
import { labelOf } from '../format.js';
import { bandLabel, exerciseLabel } from '../panel-format.js';
import { Link } from '../router.js';
import { usualBandLabel } from './role-draft.js';
import { WarningList } from './warning-list.js';

/** Props of RoleSummary. */
export interface RoleSummaryProps {
  role: TRole;
  /** Warnings about the band (band-level-mismatch), from the current loop. */
  bandWarnings: TLoopWarning[];
}

/** The published pay band with its warnings, and the facts of the role. */
export function RoleSummary({ role, bandWarnings }: RoleSummaryProps) {
  return (
    <section className="card role-summary" aria-labelledby="band-heading">
      <div className="role-summary__band">
        <h2 id="band-heading">Published pay band</h2>
        <p className="role-summary__amount">{bandLabel(role.band)}</p>
        <p className="muted">
          Yearly base, shown to every candidate. The usual US band for {labelOf(role.level).toLowerCase()} is{' '}
          {usualBandLabel(role.level)}.
        </p>
        <WarningList warnings={bandWarnings} label="Warnings about the pay band" />
      </div>
      <dl className="facts role-summary__facts">
        <dt>Level</dt>
        <dd>{labelOf(role.level)}</dd>
        <dt>Location</dt>
        <dd>
          {role.location}
          {role.remote && !/remote/i.test(role.location) ? ' (remote)' : ''}
        </dd>
        <dt>Hiring manager</dt>
        <dd>{role.hiringManager?.name ?? 'Not chosen yet'}</dd>
        <dt>Coding exercise</dt>
        <dd>{exerciseLabel(role.exercise)}</dd>
        <dt>Applications</dt>
        <dd>
          <Link to={`/candidates?role=${role.id}`}>{role.applications} in the pipeline</Link>
        </dd>
      </dl>
    </section>
  );
}
