import type { ImpactComparison } from '../api/reports.js';
import { hiddenGroup, percent, pValue, ratio } from './report-format.js';
import { SelectionRateChart } from './selection-rate-chart.js';

/** Props of ImpactSection. */
export interface ImpactSectionProps {
  /** Stable id for headings ("stage-screen", "interviewer-<id>"). */
  id: string;
  /** The stage's or interviewer's name. */
  title: string;
  /** What a "selection" is here, for the table's caption. */
  decision: string;
  comparison: ImpactComparison;
  minGroupSize: number;
}

/**
 * One decision's adverse-impact check: whether it is flagged and why (the server's words), the
 * chart of selection rates with the four-fifths line, and the table with every number.
 */
export function ImpactSection({ id, title, decision, comparison, minGroupSize }: ImpactSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={comparison.flagged ? 'card impact impact--flagged' : 'card impact'} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {/* The space keeps the heading's accessible name readable: "Phone screen Flagged". */}
        {comparison.flagged ? (
          <>
            {' '}
            <span className="impact__badge">Flagged</span>
          </>
        ) : null}
      </h2>
      <p className={comparison.flagged ? 'impact__explanation impact__explanation--flagged' : 'impact__explanation'}>
        {comparison.flagged ? <strong>Below four-fifths. </strong> : null}
        {comparison.explanation}
      </p>
      {comparison.groups.length === 0 ? null : (
        <div className="impact__body">
          {comparison.groups.every((g) => g.suppressed) ? null : (
            <SelectionRateChart
              groups={comparison.groups}
              referenceGroup={comparison.referenceGroup}
              minGroupSize={minGroupSize}
              label={`Selection rate, ${title}`}
            />
          )}
          <div className="table-wrap">
            <table className="data-table impact__table">
              <caption>
                {title}: {decision} by group
                {comparison.referenceGroup ? `, compared with ${comparison.referenceGroup}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">People</th>
                  <th scope="col">Selected</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Impact ratio</th>
                  <th scope="col">Fisher p</th>
                  <th scope="col">Below ⅘</th>
                </tr>
              </thead>
              <tbody>
                {comparison.groups.map((g) =>
                  g.suppressed ? (
                    <tr key={g.group} className="impact__row--hidden">
                      <th scope="row">{g.group}</th>
                      <td colSpan={6}>{hiddenGroup(minGroupSize)}</td>
                    </tr>
                  ) : (
                    <tr key={g.group} className={g.adverseImpact ? 'impact__row--flagged' : undefined}>
                      <th scope="row">
                        {g.group}
                        {g.group === comparison.referenceGroup ? (
                          <span className="data-table__sub">highest rate (reference)</span>
                        ) : null}
                      </th>
                      <td>{g.applicants ?? '—'}</td>
                      <td>{g.selected ?? '—'}</td>
                      <td>{percent(g.rate)}</td>
                      <td>{ratio(g.impactRatio)}</td>
                      <td>{pValue(g.fisherP)}</td>
                      <td>{g.adverseImpact ? 'Yes' : 'No'}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
