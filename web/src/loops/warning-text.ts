/** What each loop warning means and what to do about it, in the product's words. */
const EXPLANATIONS: Record<string, { title: string; why: string }> = {
  'band-level-mismatch': {
    title: 'Pay band and level disagree',
    why: 'A loop whose rigour does not match its published band is mis-calibrated: candidates are judged for one level and paid for another. Publish a band that fits the level, or open the role at the level the band pays for.',
  },
  'too-many-stages': {
    title: 'Too many stages',
    why: 'Past five stages candidates and interviewers tire and little new evidence arrives. Merge stages.',
  },
  'stage-without-questions': {
    title: 'Stage without questions',
    why: 'With no prepared question the interviewer improvises, and every candidate gets a different interview. Add questions or give the loop more time and recompose.',
  },
  'stage-without-dimensions': {
    title: 'Stage scores nothing',
    why: 'None of its questions names a scoring dimension, so nothing heard there can reach the scorecard. Swap in a question that covers one.',
  },
  'unbalanced-kit': {
    title: 'Unbalanced kit',
    why: 'A balanced kit of 8–10 questions has about 2 behavioural, 3 technical, 2 situational and 1–2 values questions, so every kind of evidence is heard. A question asked twice also counts here.',
  },
  'shared-question-missing-rubric': {
    title: 'Shared question without a rubric',
    why: 'Candidates see this question in advance, and the rubric they are promised must exist: give it at least three look-for signals in the bank, or swap it.',
  },
  'over-budget': {
    title: 'Stage over its time',
    why: 'The questions take longer than the slot, so the last ones get rushed or skipped, and not every candidate hears the same interview. Give the stage more minutes or swap a shorter question.',
  },
  'not-enough-questions': {
    title: 'Question does not fit the level',
    why: 'A question not written for this level measures the wrong thing. Swap it for one written for the level, or add eligible questions to the bank.',
  },
};

/** A warning's short title and its explanation; unknown codes get a plain title and no explanation. */
export function explainWarning(code: string): { title: string; why: string | null } {
  const known = EXPLANATIONS[code];
  if (known) return known;
  const words = code.replaceAll('-', ' ');
  return { title: words.charAt(0).toUpperCase() + words.slice(1), why: null };
}
