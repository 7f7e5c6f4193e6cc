import type { PracticeGrade } from '../api/practice.js';

type Structure = PracticeGrade['structure'];
type Element = { present: boolean; quote: string | null };

/** Props of StructureChecklist. */
export interface StructureChecklistProps {
  structure: Structure;
}

function elements(structure: Structure): { title: string; hint: string; element: Element }[] {
  if (structure.kind === 'behavioural') {
    return [
      { title: 'Situation', hint: 'Where and when, in a sentence or two.', element: structure.situation },
      { title: 'Task', hint: 'What you were responsible for.', element: structure.task },
      { title: 'Action', hint: 'What you did, in the first person.', element: structure.action },
      { title: 'Result', hint: 'What changed because of it.', element: structure.result },
      {
        title: 'Result in numbers',
        hint: 'Latency, cost, time saved, incidents avoided.',
        element: { present: structure.resultQuantified, quote: null },
      },
    ];
  }
  if (structure.kind === 'design') {
    return [
      { title: 'Requirements', hint: 'Clarify scale, users and constraints.', element: structure.requirements },
      { title: 'Entities and APIs', hint: 'The data and the calls.', element: structure.entitiesApis },
      { title: 'Architecture', hint: 'The high-level shape.', element: structure.architecture },
      { title: 'The bottleneck', hint: 'The part that breaks first.', element: structure.bottleneck },
      { title: 'Trade-offs', hint: 'What each choice costs.', element: structure.tradeoffs },
      {
        title: 'Failure and observability',
        hint: 'How it fails, and how you would know.',
        element: structure.failureObservability,
      },
    ];
  }
  return [];
}

/** The shape of the answer: STAR for a behavioural story, the design arc for a design answer. */
export function StructureChecklist({ structure }: StructureChecklistProps) {
  const items = elements(structure);
  if (items.length === 0) return null;
  const heading = structure.kind === 'behavioural' ? 'Story structure (STAR)' : 'Design structure';
  const done = items.filter((i) => i.element.present).length;
  return (
    <section className="feedback-block" aria-labelledby="structure-heading">
      <h4 id="structure-heading">
        {heading}{' '}
        <span className="muted">
          {done} of {items.length}
        </span>
      </h4>
      <ul className="structure-list">
        {items.map(({ title, hint, element }) => (
          <li key={title} className={element.present ? 'structure-list__item is-present' : 'structure-list__item'}>
            <span className="structure-list__mark" aria-hidden="true">
              {element.present ? '✓' : '○'}
            </span>
            <span className="structure-list__body">
              <span className="structure-list__title">
                {title}
                <span className="visually-hidden">{element.present ? ': covered' : ': not yet'}</span>
              </span>
              {element.quote ? (
                <q className="structure-list__quote">{element.quote}</q>
              ) : (
                <span className="structure-list__hint">{hint}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
