import { PlaceholderPage } from '../components/placeholder-page.js';

/** Loops: interview loops and kits. Not built yet. */
export function LoopsPage() {
  return (
    <PlaceholderPage
      title="Loops"
      lead="Interview loops calibrated to the level you are hiring, with a kit for every interviewer."
      coming={[
        'Compose a loop for a level: a screen, a technical round, system design or production ownership, and a behavioural round.',
        'A balanced kit for each stage — the same questions in the same order for every candidate.',
        'A warning when a loop’s rigour does not match the level’s pay band.',
        'Printable interview kits with what to listen for and the follow-ups to ask.',
      ]}
    />
  );
}
