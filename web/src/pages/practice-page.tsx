import { PlaceholderPage } from '../components/placeholder-page.js';

/** Practice: mock rounds for candidates. Not built yet. */
export function PracticePage() {
  return (
    <PlaceholderPage
      title="Practice"
      lead="Timed mock interviews drawn from the same bank the panels use, graded by a coach against the same rubric."
      coming={[
        'Pick a target level (junior, mid, senior or staff) and a track, then answer a timed round.',
        'Each answer graded against the rubric: the signals it showed, the ones it missed (quoting your answer) and the anti-patterns it fell into.',
        'A follow-up probe after every answer — “and then what breaks?” — the way a real interviewer pushes.',
        'A day-by-day prep plan built from your weakest dimensions, and your progress across rounds.',
      ]}
    />
  );
}
