import type { TInterviewKit } from '../../../src/shared/schemas/panel.js';
import { AnchorScale } from '../components/anchor-scale.js';
import { labelOf } from '../format.js';

/** Props of KitAnchors. */
export interface KitAnchorsProps {
  dimensions: TInterviewKit['dimensions'];
  level: TInterviewKit['role']['level'];
}

/** The stage's dimensions with the 1–5 anchors for the candidate's level. */
export function KitAnchors({ dimensions, level }: KitAnchorsProps) {
  return (
    <section className="kit-anchors" aria-labelledby="kit-anchors-heading">
      <h2 id="kit-anchors-heading">How to score: {labelOf(level).toLowerCase()} anchors</h2>
      <p className="muted">
        Score every dimension from 1 to 5 with one sentence of evidence (“they said X, which suggests Y”), before you
        see anyone else’s scores. “Not assessed” is allowed and is not a zero.
      </p>
      {dimensions.length === 0 ? (
        <p className="muted">This stage scores no rubric dimension.</p>
      ) : (
        <div className="anchors__grid">
          {dimensions.map((d) => (
            <section key={d.id} className="anchor-card" aria-label={d.name}>
              <h3 className="anchor-card__title">{d.name}</h3>
              <p className="anchor-card__weight">{d.description}</p>
              <AnchorScale anchors={d.anchors} />
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
