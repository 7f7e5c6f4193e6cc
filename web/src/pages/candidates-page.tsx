import { PlaceholderPage } from '../components/placeholder-page.js';

/** Candidates: applications, scorecards and decisions. Not built yet. */
export function CandidatesPage() {
  return (
    <PlaceholderPage
      title="Candidates"
      lead="Candidates moving through your loops, their scorecards, the debrief and the decision."
      coming={[
        'Applications by stage, with the interviews scheduled for each.',
        'Independent 1–5 scorecards with an evidence quote per dimension, hidden from other interviewers until yours is in.',
        'An evidence-first debrief, and a written decision made by a person, with its reason.',
        'A candidate’s right to see, correct and erase their interview notes and scores.',
      ]}
    />
  );
}
