/**
 * Detectors for how an answer reasons and owns its story: absolutes, "it depends" without a
 * choice, scale in adjectives, a story with no measurable result, blaming others, and
 * keywords without reasoning.
 */

import { clauseBefore, type DetectContext, type Finding, followedBy, sentenceHas } from './detect-context.js';
import { TOOLS } from './detectors-proposals.js';
import { findAll, phrases, words } from './features.js';
import type { Token } from './nlp.js';
import { isPastVerb } from './structure.js';

// ---- absolutes -----------------------------------------------------------------------------

const OPINIONS = words(
  'good bad better best worse worst safe safest right wrong answer way faster slower scale work correct',
);
const ALWAYS_TARGETS = new Set([...OPINIONS, ...words('use choose pick prefer roll rollback fix retry'), ...TOOLS]);
const NEVER_TARGETS = new Set([...OPINIONS, ...words('roll rollback use'), ...TOOLS]);
/** A belief reported as past ("I believed ORMs were always slower") is not the candidate's absolute. */
const REPORTED = words('believed thought assumed convinced used');
const SOFTENERS = words('almost nearly not rarely usually generally');
const QUALIFIERS = words('unless except');
const EXPERIENCE = words("'ve have had has");
/** "X doesn't scale" is an absolute when X is a technology, not "the hard parts don't scale linearly". */
const TECHNOLOGY = new Set([
  ...TOOLS,
  ...words('database databases sql nosql relational monolith monoliths orm orms rest'),
]);
const ABSOLUTE_PHRASES = phrases([
  'everyone know|everybody know|do not scale|bad practice|the only way|no matter what|in every case',
  'in all cases',
]);

/** "Always"/"never" attached to a judgement or a choice, or a sweeping claim ("X doesn't scale", "everyone knows"). */
export function absolutes(ctx: DetectContext): Finding | null {
  const a = ctx.analysis;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.norm !== 'always' && t.norm !== 'never') continue;
    if (t.negated || SOFTENERS.has(a.tokens[i - 1]?.norm ?? '') || clauseBefore(a, i, REPORTED)) continue;
    const target = followedBy(a, i, 4, t.norm === 'always' ? ALWAYS_TARGETS : NEVER_TARGETS);
    if (target === undefined || sentenceHas(a, t.sentence, QUALIFIERS)) continue;
    // "I've never used Redis" is experience, not a rule.
    if (isPastVerb(a.tokens[target] as Token) || EXPERIENCE.has(a.tokens[i - 1]?.norm ?? '')) continue;
    return { sentence: t.sentence, tokenStart: i, tokenEnd: target + 1 };
  }
  for (const phrase of findAll(ctx.index, ABSOLUTE_PHRASES())) {
    if (phrase.cue === 'do not scale' && !sentenceHas(a, phrase.sentence, TECHNOLOGY)) continue;
    return { sentence: phrase.sentence, tokenStart: phrase.tokenStart, tokenEnd: phrase.tokenEnd };
  }
  return null;
}

// ---- "it depends" without choosing -----------------------------------------------------------

const HEDGES = phrases(
  [
    'it depends',
    'it all depends',
    'it really depends',
    'it would depend',
    'that depends',
    'this depends',
    'everything depends',
    'depending on',
    'case by case',
    'pros and cons',
  ],
  true,
);
const DECISION_VERBS = [
  'pick',
  'choose',
  'go with',
  'recommend',
  'use',
  'prefer',
  'default to',
  'opt for',
  'start with',
];
const COMMITMENTS = phrases([
  ...DECISION_VERBS.flatMap((v) => [`i would ${v}`, `we would ${v}`, `i will ${v}`, `we should ${v}`]),
  'my recommendation',
  'my pick',
  'my choice',
  'my default',
  'i recommend',
  'we choose',
  'i choose',
  'we go with',
  'i go with',
  'we pick',
  'i pick',
  'we decide',
  'i decide',
  'my position',
  'in this case',
]);

/** "It depends" (or "pros and cons") with no choice made in that sentence or after it. */
export function itDepends(ctx: DetectContext): Finding | null {
  const hedge = findAll(ctx.index, HEDGES())[0];
  if (!hedge) return null;
  const committed = findAll(ctx.index, COMMITMENTS()).some((m) => m.sentence >= hedge.sentence);
  return committed ? null : { sentence: hedge.sentence, tokenStart: hedge.tokenStart, tokenEnd: hedge.tokenEnd };
}

// ---- scale in adjectives -------------------------------------------------------------------

const SIZE_ADJECTIVES = words('huge massive enormous tons lots lot heavy big large high insane crazy giant immense');
const LOAD_NOUNS = words(
  'traffic load scale volume amount number data throughput request requests user users link links write writes read reads usage growth customers',
);

/** Size adjectives on load or data ("huge traffic", "heavy load") in an answer without a single number. */
export function scaleInAdjectives(ctx: DetectContext): Finding | null {
  if (ctx.magnitudes.length > 0) return null;
  const a = ctx.analysis;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!SIZE_ADJECTIVES.has(t.lemma) || t.negated) continue;
    const noun = followedBy(a, i, 3, LOAD_NOUNS);
    if (noun !== undefined) return { sentence: t.sentence, tokenStart: i, tokenEnd: noun + 1 };
  }
  return null;
}

// ---- a story with no result or no numbers ------------------------------------------------------

/** A story (behavioural question) with no result, or with a result and no number anywhere. */
export function storyWithoutResult(ctx: DetectContext): Finding | null {
  const s = ctx.structure;
  if (s.kind !== 'behavioural' || ctx.analysis.sentences.length === 0) return null;
  const last = ctx.analysis.sentences.length - 1;
  if (!s.result.present) return { sentence: last };
  if (!s.resultQuantified && ctx.magnitudes.length === 0) return { sentence: last };
  return null;
}

// ---- blaming others ------------------------------------------------------------------------

const BLAME = phrases([
  'their fault|his fault|her fault|team s fault|fault of the|not my fault|not our fault',
  'not really my fault|not really our fault|they should have|they should not have|qa should have',
  'he should have|she should have|not my problem|not our problem|not really my problem|not my job',
  'nothing to do with me|because of them|blame the|blame them|all politics|it be politics',
  'not know what they be doing|their mess|they make a mess|it be on them',
]);

/** The fault put on another person or team, or the problem disowned ("not my problem"). */
export function blamingOthers(ctx: DetectContext): Finding | null {
  const m = findAll(ctx.index, BLAME())[0];
  return m ? { sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd } : null;
}

// ---- keyword salad -------------------------------------------------------------------------

/** Reported where the keyword-salad guard fired (the guard itself lives in grade.ts). */
export function keywordSalad(ctx: DetectContext): Finding | null {
  return ctx.saladAt === null ? null : { sentence: ctx.saladAt };
}
