import type { PracticeGrade } from '../api/practice.js';
import { dimensionLabel } from '../format.js';

/** Props of SignalLists. */
export interface SignalListsProps {
  grade: PracticeGrade;
}

/** The signals the answer showed (with the words that showed them) and the ones to add next time. */
export function SignalLists({ grade }: SignalListsProps) {
  const { hit, missed } = grade.signals;
  // Grades stored before version 2 have no contradictions.
  const contradictions = grade.contradictions ?? [];
  return (
    <div className="feedback-columns">
      {contradictions.length ? (
        <section className="feedback-block" aria-labelledby="signals-contradicted-heading">
          <h4 id="signals-contradicted-heading">Where you argued against it</h4>
          <ul className="signal-list signal-list--contradicted">
            {contradictions.map((c) => (
              <li key={c.id}>
                <p className="signal-list__text">Contradicts: {c.text}</p>
                <p className="signal-list__meta">{dimensionLabel(c.dimension)}</p>
                <q className="signal-list__quote">{c.quote}</q>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="feedback-block" aria-labelledby="signals-shown-heading">
        <h4 id="signals-shown-heading">What you showed</h4>
        {hit.length ? (
          <ul className="signal-list signal-list--hit">
            {hit.map((s) => (
              <li key={s.id}>
                <p className="signal-list__text">{s.text}</p>
                <p className="signal-list__meta">{dimensionLabel(s.dimension)}</p>
                <q className="signal-list__quote">{s.quote}</q>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No signal came through clearly yet. The list beside this is your checklist.</p>
        )}
      </section>
      <section className="feedback-block" aria-labelledby="signals-missed-heading">
        <h4 id="signals-missed-heading">What to add next time</h4>
        {missed.length ? (
          <ul className="signal-list signal-list--missed">
            {missed.map((s) => (
              <li key={s.id}>
                <p className="signal-list__text">{s.text}</p>
                <p className="signal-list__meta">{dimensionLabel(s.dimension)}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing missing: you covered every signal this question looks for.</p>
        )}
      </section>
    </div>
  );
}
