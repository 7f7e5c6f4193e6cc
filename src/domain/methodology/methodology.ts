/**
 * The methodology statement: how Caliper turns interviews into scores, how scores are combined,
 * who decides, and how fairness and privacy are handled. Generated from the rubric data so the
 * published weights and anchors are always the ones in use (EU AI Act transparency: hiring
 * systems are high-risk and must document their method). Pure: rubric in, Markdown out.
 */
import type { TRubric } from '../../shared/schemas/rubric.js';
import { DIMENSIONS, LEVELS, type Level } from '../../shared/schemas/vocabulary.js';
import { SPLIT_GAP } from '../scorecards/debrief.js';

/** The statement every version of the page must carry, word for word. */
export const HUMAN_DECISION_STATEMENT =
  'Software never decides. Every outcome (advance, hold, reject, hire) is recorded by a named person, with a written reason, and kept in the audit log.';

/** Groups smaller than this are suppressed unless an organisation sets another size. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** The grader's last measured validity (src/content/grader/evaluation.json, written by `npm run bench:grader`). */
export interface GraderValidation {
  readonly date: string;
  readonly corpusCommit: string;
  readonly answers: number;
  readonly questions: number;
  readonly targets: readonly { readonly target: string; readonly measured: string; readonly met: boolean }[];
}

/** Options that vary per organisation; the public page uses the defaults. */
export interface MethodologyOptions {
  minGroupSize?: number;
  retentionDays?: number | null;
  /** The grader's validation figures; the section says none were published when absent. */
  graderValidation?: GraderValidation;
}

/** A weight as a percentage without floating-point noise (0.35 → "35%", 0.125 → "12.5%"). */
export function percent(weight: number): string {
  return `${Number((weight * 100).toFixed(2))}%`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function dimensionName(rubric: TRubric, id: string): string {
  return rubric.dimensions.find((d) => d.id === id)?.name ?? id;
}

function weightsSection(rubric: TRubric): string[] {
  const header = `| Dimension | ${LEVELS.map(capitalise).join(' | ')} |`;
  const rule = `|---|${LEVELS.map(() => '---:').join('|')}|`;
  const rows = DIMENSIONS.map(
    (d) => `| ${dimensionName(rubric, d)} | ${LEVELS.map((l) => percent(rubric.weights[l][d])).join(' | ')} |`,
  );
  return [
    '## What is scored',
    '',
    'Every interviewer scores the same five dimensions, each defined in writing:',
    '',
    ...rubric.dimensions.map((d) => `- **${d.name}**: ${d.description}`),
    '',
    'How much each dimension counts depends on the level of the role. These are the weights in use:',
    '',
    header,
    rule,
    ...rows,
    '',
  ];
}

function scaleSection(rubric: TRubric): string[] {
  return [
    '## The rating scale',
    '',
    'Each dimension is rated on the same five-point scale:',
    '',
    ...(['1', '2', '3', '4', '5'] as const).map((k) => `- **${k}**: ${rubric.scale[k]}`),
    '',
    `**Not assessed.** ${rubric.notAssessed}`,
    '',
    'Each point of the scale also has a written anchor per dimension and level (a 4 for a mid-level engineer is not a 4 for a staff engineer); they are listed at the end of this page and shown to interviewers in their kit.',
    '',
  ];
}

function scoringSection(): string[] {
  return [
    '## How a scorecard is written',
    '',
    'After the interview, each interviewer fills in their own scorecard: a score (or "not assessed") for each dimension the stage covers, a short evidence quote for every score (what the candidate said and what it suggests), optional notes and red flags, and an overall recommendation on the same 1–5 scale. A scorecard cannot be submitted with a score that has no evidence. Once submitted it is locked; a change is an amendment with a written reason, and every earlier version is kept.',
    '',
    '## Independent scoring',
    '',
    'Nobody is anchored by someone else’s opinion. An interviewer sees the other interviewers’ scores and notes for an interview only after submitting their own scorecard for it. The people who own the hire (admins and the hiring manager) see them once every interviewer on the panel has submitted, or once they open the debrief. Recruiters run the process but do not see scores. Drafts are private to their author.',
    '',
  ];
}

function combiningSection(): string[] {
  return [
    '## How scores are combined',
    '',
    'Scores are combined only to support the debrief; they never decide anything.',
    '',
    '1. **Evidence first.** The debrief shows the evidence quotes grouped by dimension, with who wrote them and at which stage, before any number.',
    '2. **Per dimension.** For each dimension, the submitted scores of all interviewers are averaged (to one decimal); the lowest and highest are shown beside the mean. Dimensions marked "not assessed" contribute nothing.',
    `3. **Splits.** When two interviewers are ${SPLIT_GAP} or more points apart on a dimension, the dimension is marked as split, and the debrief asks the panel to reread the evidence and lean on the working session and references rather than average the disagreement away.`,
    '4. **Composite.** The per-dimension means are combined into one weighted mean using the weights for the role’s level (the table above). Only assessed dimensions count: their weights are rescaled to add up to one, so a dimension nobody asked about neither helps nor hurts. If nothing was assessed there is no composite. The composite is shown to one decimal.',
    '5. **Recommendations and red flags** are shown as each interviewer gave them. The overall recommendation is not part of the composite.',
    '',
  ];
}

function decisionSection(): string[] {
  return [
    '## Who decides',
    '',
    HUMAN_DECISION_STATEMENT,
    '',
    'Only the people who own the hire (admins and hiring managers) can record a decision. Each decision records who made it, when, the outcome, the written rationale, any dissent, and the scorecards it rested on. There is no automatic path from a score to an outcome, no threshold that rejects anyone, and no ranking of candidates by the composite.',
    '',
  ];
}

function graderSection(validation: GraderValidation | undefined): string[] {
  return [
    '## The practice grader',
    '',
    'Caliper includes a practice mode in which a person preparing for interviews answers questions from the public bank and gets feedback. Its grader scores an answer against the same rubric, explains every score by quoting the sentences that earned or cost it, names the signals the answer showed or missed and the common mistakes it fell into, and asks a follow-up question the way an interviewer would push. It is deterministic: the same answer always gets the same grade. An organisation may add a language model as a second opinion; its output is checked against the answer (quotes that are not in the answer are dropped) and its overall score is recomputed with the rubric’s weights.',
    '',
    'The practice grader does **not** score real candidates. Its grades never reach an application, a scorecard, a debrief or a decision, and nobody hiring can see a person’s practice.',
    '',
    ...validationSection(validation),
  ];
}

function validationSection(v: GraderValidation | undefined): string[] {
  if (!v) return ['No validation figures are published for this build of the grader.', ''];
  const missed = v.targets.filter((t) => !t.met);
  return [
    '### How well the grader agrees with interviewers',
    '',
    `Measured on ${v.date} on a held-out set of ${v.answers} answers to ${v.questions} bank questions, written and rated by people who never saw the grader, each rated by two of them independently (corpus version \`${v.corpusCommit.slice(0, 12)}\`). The grader's settings were chosen on other questions only; every run on the held-out set is logged with the code.`,
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...v.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : 'no'} |`),
    '',
    missed.length === 0
      ? 'Every target is met.'
      : `${missed.length} of ${v.targets.length} targets are missed. Treat its grade as a rough guide to what an interviewer would hear, not as a prediction of their score.`,
    '',
  ];
}

function fairnessSection(minGroupSize: number): string[] {
  return [
    '## How fairness is monitored',
    '',
    'Candidates may choose to self-identify (for example gender, ethnicity or age band) for fairness monitoring. It is voluntary, recorded only with consent, stored apart from the application, never shown to interviewers or to the people who decide about one candidate, and only ever reported in aggregate.',
    '',
    '- **Pass-through per stage and group.** For each stage, the share of each group that moved on is compared with the group with the highest rate.',
    '- **The four-fifths rule.** A group is flagged when its rate is strictly below four-fifths of the highest group’s rate. The comparison is made exactly on the whole-number counts (selected × applicants cross-multiplied), never on rounded percentages, so a rate that is exactly four-fifths is not flagged.',
    '- **Significance.** Small groups produce large swings by chance, so every group is also tested against the highest group with a two-sided Fisher’s exact test. A flag that is not statistically significant is reported in words as such ("below four-fifths but not statistically significant at this sample size") rather than hidden or exaggerated.',
    `- **Suppression.** Groups with fewer than ${minGroupSize} people are not shown, so that nobody can be identified from a small count. Admins may set this minimum between 3 and 50.`,
    '- **Who sees it.** Admins, and recruiters if the organisation allows it. Interviewers never do.',
    '',
    'A flag is a reason to investigate the stage, its questions and its interviewers; it is not a verdict about anyone.',
    '',
  ];
}

function privacySection(retentionDays: number | null | undefined): string[] {
  const retention =
    retentionDays === undefined
      ? 'An organisation may set a retention period (30 to 3650 days).'
      : retentionDays === null
        ? 'This organisation has not set a retention period.'
        : `This organisation keeps candidate data for ${retentionDays} days after the last application closed.`;
  return [
    '## Retention and erasure',
    '',
    'A candidate may ask for a copy of everything held about them, have their contact details corrected, and have their data erased. Consent to demographics can be withdrawn at any time: the answers are deleted and the withdrawal is kept in the consent history.',
    '',
    `Erasure removes the person’s name, email and phone, their accommodations, every evidence quote, note, red flag and amendment reason in their scorecards, the written reasons of decisions about them, and any of their details in the audit log and in webhook records. What remains are anonymous facts — scores, stages, outcomes and dates — so that reports about the process (including fairness history) do not change. ${retention} When it has passed and every application is closed, the candidate is erased automatically.`,
    '',
  ];
}

function anchorsAppendix(rubric: TRubric): string[] {
  const lines = ['## Appendix: score anchors by level', ''];
  for (const level of LEVELS as readonly Level[]) {
    lines.push(`### ${capitalise(level)}`, '');
    for (const d of DIMENSIONS) {
      lines.push(`**${dimensionName(rubric, d)}**`, '');
      for (const k of ['1', '2', '3', '4', '5'] as const) lines.push(`- ${k}: ${rubric.anchors[level][d][k]}`);
      lines.push('');
    }
  }
  return lines;
}

/** The whole methodology statement as Markdown. */
export function buildMethodology(rubric: TRubric, opts: MethodologyOptions = {}): string {
  return [
    '# How Caliper scores interviews',
    '',
    `This page describes the method behind every score in Caliper. It is generated from the rubric in use (version ${rubric.version}), so the weights and anchors below are the ones applied.`,
    '',
    ...weightsSection(rubric),
    ...scaleSection(rubric),
    ...scoringSection(),
    ...combiningSection(),
    ...decisionSection(),
    ...graderSection(opts.graderValidation),
    ...fairnessSection(opts.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
    ...privacySection(opts.retentionDays),
    ...anchorsAppendix(rubric),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
