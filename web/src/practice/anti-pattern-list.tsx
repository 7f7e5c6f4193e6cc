import type { PracticeGrade } from '../api/practice.js';

/** Props of AntiPatternList. */
export interface AntiPatternListProps {
  grade: PracticeGrade;
}

/** The anti-patterns the answer fell into, why each one hurts, and where. Nothing when there are none. */
export function AntiPatternList({ grade }: AntiPatternListProps) {
  if (grade.antiPatterns.length === 0) return null;
  return (
    <section className="feedback-block" aria-labelledby="anti-patterns-heading">
      <h4 id="anti-patterns-heading">Habits that cost points</h4>
      <ul className="signal-list signal-list--anti">
        {grade.antiPatterns.map((a) => (
          <li key={a.id}>
            <p className="signal-list__text">{a.name}</p>
            <p className="signal-list__why">
              <span className="visually-hidden">Why it hurts: </span>
              {a.explanation}
            </p>
            <q className="signal-list__quote">{a.quote}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
