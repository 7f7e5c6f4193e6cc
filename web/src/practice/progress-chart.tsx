import { useId } from 'react';
import type { PracticeProgress } from '../api/practice.js';
import { dimensionName, formatChange, formatScore } from './practice-format.js';

/** Props of ProgressChart. */
export interface ProgressChartProps {
  progress: PracticeProgress;
}

type Point = { round: number; score: number };

const WIDTH = 260;
const HEIGHT = 130;
const PAD = { left: 26, right: 14, top: 12, bottom: 22 };
const DIMENSION_ORDER = ['fundamentals', 'system_design', 'debugging', 'operational_judgment', 'tradeoff_reasoning'];

function x(round: number, rounds: number): number {
  const span = WIDTH - PAD.left - PAD.right;
  return rounds <= 1 ? PAD.left + span / 2 : PAD.left + ((round - 1) / (rounds - 1)) * span;
}

function y(score: number): number {
  return PAD.top + ((5 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);
}

/** One series as a small line chart, 1–5 up the side and rounds along the bottom. */
function SeriesChart({ name, points, rounds, tone }: { name: string; points: Point[]; rounds: number; tone: string }) {
  const titleId = useId();
  const spoken = points.map((p) => `round ${p.round}: ${formatScore(p.score)}`).join(', ');
  const last = points.at(-1);
  const first = points[0];
  const line = points.map((p) => `${x(p.round, rounds).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <figure className={`progress-panel progress-panel--${tone}`}>
      <figcaption className="progress-panel__head">
        <span className="progress-panel__name">{name}</span>
        {last ? (
          <span className="progress-panel__last">
            {formatScore(last.score)}
            {first && points.length > 1 ? (
              <span className="progress-panel__change">
                {' '}
                {formatChange(last.score - first.score)}
                <span className="visually-hidden"> since round {first.round}</span>
              </span>
            ) : null}
          </span>
        ) : null}
      </figcaption>
      <svg
        className="progress-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{`${name}, scores out of 5 by round: ${spoken}.`}</title>
        {[1, 2, 3, 4, 5].map((s) => (
          <g key={s}>
            <line className="progress-chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(s)} y2={y(s)} />
            {s % 2 === 1 ? (
              <text className="progress-chart__axis" x={PAD.left - 8} y={y(s) + 4} textAnchor="end">
                {s}
              </text>
            ) : null}
          </g>
        ))}
        {Array.from({ length: rounds }, (_, i) => i + 1).map((r) =>
          rounds <= 8 || r === 1 || r === rounds ? (
            <text key={r} className="progress-chart__axis" x={x(r, rounds)} y={HEIGHT - 5} textAnchor="middle">
              {r}
            </text>
          ) : null,
        )}
        {points.length > 1 ? <polyline className="progress-chart__line" points={line} /> : null}
        {points.map((p) => (
          <circle
            key={p.round}
            className="progress-chart__point"
            data-point={p.score}
            cx={x(p.round, rounds)}
            cy={y(p.score)}
            r={5}
          >
            <title>{`Round ${p.round}: ${formatScore(p.score)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}

/** Scores over the rounds: overall and each dimension as small line charts, with the numbers as a table too. */
export function ProgressChart({ progress }: ProgressChartProps) {
  const rounds = progress.rounds;
  if (rounds.length === 0) {
    return <p className="muted">Your progress shows here after your first graded answer.</p>;
  }
  const seen = new Set(rounds.flatMap((r) => Object.keys(r.dimensions)));
  const dims = [
    ...DIMENSION_ORDER.filter((d) => seen.has(d)),
    ...[...seen].filter((d) => !DIMENSION_ORDER.includes(d)),
  ];
  const series = [
    { key: 'overall', name: 'Overall', points: rounds.map((r, i) => ({ round: i + 1, score: r.overall })) },
    ...dims.map((d) => ({
      key: d,
      name: dimensionName(d),
      points: rounds.flatMap((r, i) => {
        const score = r.dimensions[d];
        return score === undefined ? [] : [{ round: i + 1, score }];
      }),
    })),
  ];
  return (
    <div className="progress">
      <div className="progress__grid">
        {series.map((s) => (
          <SeriesChart key={s.key} name={s.name} points={s.points} rounds={rounds.length} tone={s.key} />
        ))}
      </div>
      <details className="progress__table">
        <summary>Show the numbers as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Scores out of 5 by round</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rounds.map((r, i) => (
                <tr key={r.roundId}>
                  <th scope="row">
                    {i + 1} <span className="muted">({new Date(r.at).toLocaleDateString()})</span>
                  </th>
                  {series.map((s) => {
                    const score = s.key === 'overall' ? r.overall : r.dimensions[s.key];
                    return <td key={s.key}>{score === undefined ? '–' : formatScore(score)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
