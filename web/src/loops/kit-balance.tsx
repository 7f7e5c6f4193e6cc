import { CATEGORIES, type Category } from '../../../src/shared/schemas/vocabulary.js';
import { labelOf } from '../format.js';
import type { KitCount } from './loop-draft.js';

/**
 * docs/product-rules.md's balanced kit: 8–10 questions, about 2 behavioural, 3 technical, 2 situational and
 * 1–2 values. The ranges read "about" as ±1, as the server's KIT_BALANCE does (values stays 1–2).
 */
const TARGETS: Record<Category | 'total', { text: string; min: number; max: number }> = {
  behavioural: { text: '2', min: 1, max: 3 },
  technical: { text: '3', min: 2, max: 4 },
  situational: { text: '2', min: 1, max: 3 },
  values: { text: '1–2', min: 1, max: 2 },
  total: { text: '8–10', min: 8, max: 10 },
};

/** Props of KitBalance. */
export interface KitBalanceProps {
  kit: KitCount;
}

/** The kit's questions by category against the balanced kit, each marked in range or not. */
export function KitBalance({ kit }: KitBalanceProps) {
  const rows = [...CATEGORIES, 'total'] as const;
  return (
    <section className="kit-balance" aria-labelledby="kit-balance-heading">
      <h3 id="kit-balance-heading">Kit balance</h3>
      <table className="kit-balance__table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Now</th>
            <th scope="col">Balanced</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const target = TARGETS[row];
            const ok = kit[row] >= target.min && kit[row] <= target.max;
            return (
              <tr key={row} className={row === 'total' ? 'kit-balance__total' : undefined}>
                <th scope="row">{row === 'total' ? 'All questions' : labelOf(row)}</th>
                <td>
                  <span className={ok ? 'check check--ok' : 'check check--warn'}>
                    {kit[row]}
                    <span className="visually-hidden">{ok ? ' (in range)' : ' (out of range)'}</span>
                  </span>
                </td>
                <td>{row === 'total' ? target.text : `about ${target.text}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
