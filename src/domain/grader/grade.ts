/**
 * The built-in grader: grades an answer to a bank question against the published rubric.
 * Pure, deterministic and explainable: the same answer always gets the same grade, and every
 * score comes with the sentences of the answer that earned or cost it.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import type { Level } from '../../shared/schemas/vocabulary.js';
import { loadRubric, weightsFor } from '../rubric/rubric.js';
import { findAntiPatterns } from './anti-patterns.js';
import { builtInVectors } from './built-in-vectors.js';
import { indexCues } from './cues.js';
import type { DetectContext } from './detect-context.js';
import { magnitudes, realSentenceShare, reasoningCount, repeatedSentences, templatedShare } from './features.js';
import { chooseFollowUp } from './follow-up.js';
import { GRADE_SCHEMA_VERSION, type Grade } from './grade-schema.js';
import { LIST_FUNCTION_SHARE, matchMeaning } from './meaning.js';
import { analyse } from './nlp.js';
import { scoreAnswer } from './score.js';
import { findSignals } from './signals.js';
import { failureMentions, findStructure, structureCompleteness } from './structure.js';
import type { WordVectors } from './word-vectors.js';

export type { Grade } from './grade-schema.js';
export { ZGrade } from './grade-schema.js';

export interface GradeOptions {
  /** The level the candidate targets; defaults to the question's first level. */
  readonly level?: Level;
  /** Word vectors for matching by meaning; the built-in set by default, null for none. */
  readonly vectors?: WordVectors | null;
}

/** Thresholds of the list-of-terms guard. */
export const SALAD = {
  /** Shorter answers are left to the brevity cap. */
  minWords: 4,
  /** Less than this share of the words in real sentences reads as a list... */
  minRealShare: 0.5,
  /** ...unless function words are as common as in speech, which runs on without full stops. */
  speechFunctionShare: 0.4,
  /** At least this share of sentences cut from one template ("The X is important."). */
  maxTemplatedShare: 0.5,
} as const;

/** Grades one answer to one question. Never throws for any string answer. */
export function gradeAnswer(question: TQuestion, answer: string, opts: GradeOptions = {}): Grade {
  const rubric = loadRubric();
  const vectors = opts.vectors === undefined ? builtInVectors() : (opts.vectors ?? undefined);
  const level: Level = opts.level ?? question.levels[0] ?? 'mid';
  const text = typeof answer === 'string' ? answer : '';
  const analysis = analyse(text);
  const index = indexCues(analysis);
  const repeated = repeatedSentences(analysis);
  const mags = magnitudes(analysis).filter((m) => !repeated.has(m.sentence));
  const reasoning = reasoningCount(index, repeated);
  let words = analysis.words;
  for (const s of repeated) words -= analysis.sentences[s]?.words ?? 0;
  const meaning = matchMeaning(question, analysis, vectors, repeated);
  const signals = findSignals(question, analysis, meaning);
  const structure = findStructure(question, analysis, index, mags);
  const notes: string[] = [];

  // A list of terms has almost no function words, or few words in real sentences without
  // the function words speech is full of; a template repeated is no better.
  const salad =
    analysis.words >= SALAD.minWords &&
    (meaning.functionShare < LIST_FUNCTION_SHARE ||
      (realSentenceShare(analysis) < SALAD.minRealShare && meaning.functionShare < SALAD.speechFunctionShare) ||
      templatedShare(analysis) >= SALAD.maxTemplatedShare);
  const saladAt = salad ? 0 : null;
  if (salad) notes.push('Capped at 2: the answer lists terms without sentences and reasoning that connect them.');

  const ctx: DetectContext = {
    topics: question.topics,
    dimensions: question.dimensions,
    analysis,
    index,
    magnitudes: mags,
    structure,
    saladAt,
  };
  const antiPatterns = findAntiPatterns(ctx);
  const scores = scoreAnswer({
    question,
    rubric,
    level,
    signals,
    antiPatterns,
    evidence: {
      words,
      magnitudes: mags.length,
      reasoning,
      structure: structureCompleteness(structure),
      hasShape: structure.kind !== 'none',
    },
  });
  if (analysis.truncated) notes.push('Only the beginning of a very long answer was read.');
  if (repeated.size > 0) notes.push('Repeated sentences were counted once.');
  if (analysis.words === 0) notes.push('The answer is empty.');

  // A failure mode counts as discussed when the answer talks about failing (two different
  // failure words) and shows at least one signal the question's failure probes aim at.
  const failureFollowUpTargets = question.followUps.filter((f) => f.kind === 'failure').flatMap((f) => f.targets);
  const hitIds = new Set(signals.hit.map((h) => h.id));
  const failureDiscussed =
    failureMentions(index) >= 2 &&
    (failureFollowUpTargets.length === 0 || failureFollowUpTargets.some((t) => hitIds.has(t)));

  const followUp = chooseFollowUp({
    question,
    weights: weightsFor(rubric, level),
    signals,
    structure,
    antiPatterns,
    failureDiscussed,
    hasMagnitudes: mags.length > 0,
  });

  return {
    schemaVersion: GRADE_SCHEMA_VERSION,
    questionId: question.id,
    level,
    grader: 'built-in',
    overall: scores.overall,
    dimensions: scores.dimensions,
    signals: {
      hit: signals.hit.map((h) => ({ ...h, cues: [...h.cues] })),
      missed: signals.missed.map((m) => ({ ...m })),
    },
    contradictions: signals.contradicted.map((c) => ({ ...c })),
    alternatives: {
      rejected: signals.rejected.map((r) => ({ ...r })),
      proposed: signals.proposed.map((p) => ({ ...p })),
    },
    antiPatterns: antiPatterns.map((p) => ({ ...p })),
    structure,
    followUp,
    notes,
  };
}
