import type { ImpactGroup } from '../api/reports.js';
import { hiddenGroup, percent } from './report-format.js';

/** Props of SelectionRateChart. */
export interface SelectionRateChartProps {
  groups: ImpactGroup[];
  referenceGroup: string | null;
  minGroupSize: number;
  /** Names what the chart is of, for its text alternative ("Selection rate at Phone screen"). */
  label: string;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 150;
const TOP = 22;

/**
 * Horizontal bars of each group's selection rate, with a dashed line at four-fifths of the
 * highest rate: a bar ending left of the line is below four-fifths. Suppressed groups get no
 * bar, only the words. The table beside the chart carries the same numbers for screen readers.
 */
export function SelectionRateChart({ groups, referenceGroup, minGroupSize, label }: SelectionRateChartProps) {
  const reference = groups.find((g) => g.group === referenceGroup && !g.suppressed)?.rate ?? null;
  const threshold = reference === null ? null : reference * 0.8;
  const height = TOP + groups.length * ROW + 6;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const x = (rate: number) => LABEL_WIDTH + Math.max(0, Math.min(1, rate)) * BAR_WIDTH;
  const summary =
    threshold === null
      ? `${label}: no reference group to compare with.`
      : `${label}: the four-fifths line is at ${percent(threshold)}, four-fifths of ${referenceGroup}'s ${percent(reference)}.`;

  return (
    <svg
      className="chart chart--bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${summary} The table gives each group's numbers.`}
      preserveAspectRatio="xMinYMin meet"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick} className="chart__grid">
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 4} />
          <text x={x(tick)} y={TOP - 8} textAnchor="middle">
            {percent(tick)}
          </text>
        </g>
      ))}
      {groups.map((g, i) => {
        const y = TOP + i * ROW;
        const shown = !g.suppressed && g.rate !== null;
        const barClass = g.adverseImpact ? 'chart__bar chart__bar--flagged' : 'chart__bar';
        return (
          <g key={g.group}>
            <text className="chart__label" x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {g.group.length > 20 ? `${g.group.slice(0, 19)}…` : g.group}
            </text>
            {shown ? (
              <>
                <rect
                  className={barClass}
                  x={LABEL_WIDTH}
                  y={y + 5}
                  width={x(g.rate ?? 0) - LABEL_WIDTH}
                  height={ROW - 10}
                />
                <text className="chart__value" x={x(g.rate ?? 0) + 6} y={y + ROW / 2 + 4}>
                  {percent(g.rate)}
                  {g.adverseImpact ? ' · below ⅘' : ''}
                </text>
              </>
            ) : (
              <text className="chart__value chart__value--hidden" x={LABEL_WIDTH + 4} y={y + ROW / 2 + 4}>
                {hiddenGroup(minGroupSize)}
              </text>
            )}
          </g>
        );
      })}
      {threshold === null ? null : (
        <g className="chart__threshold">
          <line x1={x(threshold)} x2={x(threshold)} y1={TOP - 2} y2={height - 2} />
          <text x={x(threshold) + 4} y={height - 2}>
            ⅘
          </text>
        </g>
      )}
    </svg>
  );
}
