import type { FunnelStage } from '../api/reports.js';
import { percent } from './report-format.js';

/** Props of FunnelChart. */
export interface FunnelChartProps {
  stages: FunnelStage[];
}

const ROW = 34;
const LABEL_WIDTH = 160;
const BAR_WIDTH = 320;
const VALUE_WIDTH = 240;

/**
 * One bar per stage, as long as the number who entered it, with the part who passed filled in.
 * Scaled to the first stage, so the narrowing reads as a funnel. The table beside it has the numbers.
 */
export function FunnelChart({ stages }: FunnelChartProps) {
  const most = Math.max(1, ...stages.map((s) => s.entered));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = stages.length * ROW + 4;
  const w = (n: number) => (n / most) * BAR_WIDTH;
  return (
    <svg
      className="chart chart--funnel"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Pass-through by stage: the table gives each stage's numbers."
      preserveAspectRatio="xMinYMin meet"
    >
      {stages.map((s, i) => {
        const y = i * ROW + 2;
        return (
          <g key={s.stage}>
            <text className="chart__label" x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {s.name.length > 22 ? `${s.name.slice(0, 21)}…` : s.name}
            </text>
            <rect
              className="chart__bar chart__bar--entered"
              x={LABEL_WIDTH}
              y={y + 4}
              width={w(s.entered)}
              height={ROW - 8}
            />
            <rect className="chart__bar" x={LABEL_WIDTH} y={y + 4} width={w(s.passed)} height={ROW - 8} />
            <text className="chart__value" x={LABEL_WIDTH + w(s.entered) + 6} y={y + ROW / 2 + 4}>
              {s.passed} of {s.entered} went on{s.rate === null ? '' : ` · ${percent(s.rate)} of decided`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
