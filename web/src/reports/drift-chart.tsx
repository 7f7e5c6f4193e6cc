import type { DriftDimension } from '../api/reports.js';
import { dimensionName, signed } from './report-format.js';

/** Props of DriftChart. */
export interface DriftChartProps {
  dimensions: DriftDimension[];
  /** Whose offsets these are, for the text alternative. */
  name: string;
}

const ROW = 26;
const LABEL_WIDTH = 200;
const PLOT_WIDTH = 300;
const VALUE_WIDTH = 90;
/** The axis runs at least from −1.5 to +1.5 points, and at most ±4 (the width of the 1–5 scale). */
const MIN_SPAN = 1.5;
const MAX_SPAN = 4;

/** The half-width of the axis: wide enough for every interval, so no whisker is silently cut. */
function spanFor(dimensions: DriftDimension[]): number {
  const ends = dimensions.flatMap((d) => [d.meanOffset ?? 0, ...(d.ci95 ?? [])]).map(Math.abs);
  return Math.min(MAX_SPAN, Math.max(MIN_SPAN, Math.ceil(Math.max(0, ...ends) * 2) / 2));
}

/**
 * Dot-and-whisker: each dimension's mean offset from the co-panellists (the dot) and its 95%
 * interval (the whisker), around a zero line. Rows without enough scores are drawn hollow.
 */
export function DriftChart({ dimensions, name }: DriftChartProps) {
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const height = dimensions.length * ROW + 22;
  const span = spanFor(dimensions);
  const x = (v: number) => LABEL_WIDTH + ((Math.max(-span, Math.min(span, v)) + span) / (2 * span)) * PLOT_WIDTH;
  const ticks = [-Math.floor(span), -1, 0, 1, Math.floor(span)].filter((t, i, all) => all.indexOf(t) === i);
  return (
    <svg
      className="chart chart--drift"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${name}'s offset from co-panellists by dimension: the table gives the numbers.`}
      preserveAspectRatio="xMinYMin meet"
    >
      {ticks.map((tick) => (
        <g key={tick} className={tick === 0 ? 'chart__zero' : 'chart__grid'}>
          <line x1={x(tick)} x2={x(tick)} y1={2} y2={height - 18} />
          <text x={x(tick)} y={height - 4} textAnchor="middle">
            {tick === 0 ? '0' : signed(tick, 0)}
          </text>
        </g>
      ))}
      {dimensions.map((d, i) => {
        const y = i * ROW + ROW / 2 + 2;
        const [lo, hi] = d.ci95 ?? [null, null];
        return (
          <g key={d.dimension} className={d.enough ? 'chart__point' : 'chart__point chart__point--thin'}>
            <text className="chart__label" x={LABEL_WIDTH - 8} y={y + 4} textAnchor="end">
              {dimensionName(d.dimension)}
            </text>
            {lo !== null && hi !== null ? <line x1={x(lo)} x2={x(hi)} y1={y} y2={y} /> : null}
            {d.meanOffset !== null ? <circle cx={x(d.meanOffset)} cy={y} r={5} /> : null}
            <text className="chart__value" x={LABEL_WIDTH + PLOT_WIDTH + 8} y={y + 4}>
              {signed(d.meanOffset)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
