import { PlaceholderPage } from '../components/placeholder-page.js';

/** Reports: rater agreement and fairness. Not built yet. */
export function ReportsPage() {
  return (
    <PlaceholderPage
      title="Reports"
      lead="Whether your panels agree with each other, and whether your process treats every group fairly."
      coming={[
        'Inter-rater agreement (ICC, Krippendorff’s alpha, Cohen’s kappa) and drift by interviewer.',
        'Pass-through by stage, with the four-fifths adverse-impact check and a significance test so small groups do not cry wolf.',
        'Demographic figures only in aggregate, with small groups suppressed.',
      ]}
    />
  );
}
