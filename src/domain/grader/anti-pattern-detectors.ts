/**
 * Detectors for the anti-patterns in anti-patterns.ts. Each reads lemmas, parts of speech and
 * negation rather than raw substrings, and returns where the pattern shows (a sentence and
 * optionally a token range for the quote) or null. Negated or rejected mentions never count:
 * "I would not add Redis before measuring" is a diagnosis habit, not a fix-first answer.
 */
import type { CueIndex } from './cues.js';
import { findAll, type Magnitude, phrases } from './features.js';
import type { Analysis, Token } from './nlp.js';
import { isPastVerb, type Structure } from './structure.js';

/** Everything a detector may read. */
export interface DetectContext {
  readonly topics: readonly string[];
  readonly dimensions: readonly string[];
  readonly analysis: Analysis;
  readonly index: CueIndex;
  readonly magnitudes: readonly Magnitude[];
  readonly structure: Structure;
  /** Sentence index of the first fragment when the keyword-salad guard fired, else null. */
  readonly saladAt: number | null;
}

/** Where a pattern shows. */
export interface Finding {
  readonly sentence: number;
  readonly tokenStart?: number;
  readonly tokenEnd?: number;
}

const words = (s: string) => new Set(s.split(' '));

/** Clause-breaking punctuation. */
const CLAUSE_PUNCT = words(', ; : . ! ? — – ( )');
/** Words that, earlier in the same clause, turn a mention into a rejection. */
const REJECTING = words(
  "not never no nobody without resist avoid against instead rather before until tempt tempting urge n't don't",
);

function clauseBefore(a: Analysis, i: number, set: ReadonlySet<string>): boolean {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i - 1; j >= 0; j--) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value)) return false;
    if (set.has(t.norm) || set.has(t.lemma)) return true;
  }
  return false;
}

function startsClause(a: Analysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return !prev || prev.sentence !== a.tokens[i]?.sentence || CLAUSE_PUNCT.has(prev.value) || prev.kind === 'space';
}

/** A proposal marker before i in its clause; "they'd shipped" is "had", not "would". */
function proposedBefore(a: Analysis, i: number): boolean {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i - 1; j >= 0; j--) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value)) return false;
    if (!PROPOSAL.has(t.lemma) && !PROPOSAL.has(t.norm)) continue;
    const next = a.tokens[j + 1];
    if (t.norm === "'d" && next && (next.norm.endsWith('ed') || isPastVerb(next))) continue;
    return true;
  }
  return false;
}

function sentenceHas(a: Analysis, sentence: number, set: ReadonlySet<string>): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = a.tokens[i] as Token;
    if (set.has(t.norm) || set.has(t.lemma)) return true;
  }
  return false;
}

/** Token j within `span` tokens after i, in the same clause, whose lemma or form is in `set`. */
function followedBy(a: Analysis, i: number, span: number, set: ReadonlySet<string>): number | undefined {
  const sentence = a.tokens[i]?.sentence;
  for (let j = i + 1; j <= i + span && j < a.tokens.length; j++) {
    const t = a.tokens[j] as Token;
    if (t.sentence !== sentence || CLAUSE_PUNCT.has(t.value) || t.kind === 'space') return undefined;
    if (set.has(t.norm) || set.has(t.lemma)) return j;
  }
  return undefined;
}

function live(a: Analysis, i: number): boolean {
  return !a.tokens[i]?.negated && !clauseBefore(a, i, REJECTING);
}

// ---- fix before diagnosis ------------------------------------------------------------------

const FIX_VERBS = words('add put use introduce throw increase raise bump double buy');
const FIX_OBJECTS = words(
  'cache caching redis memcached server servers instance instances node nodes pod pods machine machines memory cpu capacity pool connection connections hardware replica replicas ram box',
);
/** "Increase the timeout" is a blind fix; "put a tight timeout on the call" is protection. */
const INCREASE_VERBS = words('increase raise bump double');
const INCREASE_OBJECTS = new Set([...FIX_OBJECTS, 'timeout', 'timeouts']);
const RESTART_VERBS = words('restart reboot scale upgrade');
const RESTART_OBJECTS = new Set([
  ...FIX_OBJECTS,
  ...words('out up service services database postgres everything worker workers app process container cluster'),
]);
/** Someone proposing or doing the fix earlier in the clause: "I'd add", "we just put", "need to restart". */
const AGENTS = words("i we would should could will can let just to 'd 'll must simply quickly first");
/** Agents for the bare verb "cache": "how long to cache it" is not a proposal. */
const CACHE_AGENTS = words("i we would should could will let just 'd 'll must simply");
const CONDITIONAL = words('if once after when whether assuming');
const DIAGNOSIS = phrases([
  'measure',
  'profile',
  'profiler',
  'trace',
  'explain',
  'query plan',
  'the plan',
  'slow query',
  'log',
  'metric',
  'dashboard',
  'reproduce',
  'check',
  'look at',
  'look into',
  'investigate',
  'confirm',
  'compare',
  'break down',
  'narrow',
  'hypothesis',
  'pg stat activity',
  'diagnose',
  'root cause',
  'what change',
  'find out',
  'figure out',
  'dig into',
  'flame graph',
  'analyse',
  'baseline',
  'understand why',
  'timeline',
  'arithmetic',
]);

export function fixBeforeDiagnosis(ctx: DetectContext): Finding | null {
  const relevant =
    ctx.dimensions.includes('debugging') ||
    ctx.topics.some((t) => ['debugging', 'performance', 'incidents'].includes(t));
  if (!relevant) return null;
  const a = ctx.analysis;
  const firstDiagnosis = findAll(ctx.index, DIAGNOSIS())[0]?.tokenStart ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < a.tokens.length && i < firstDiagnosis; i++) {
    const t = a.tokens[i] as Token;
    const restart = RESTART_VERBS.has(t.lemma);
    const verb = restart || FIX_VERBS.has(t.lemma) || (t.lemma === 'cache' && t.pos === 'VERB');
    if (!verb || t.pos === 'NOUN' || !live(a, i)) continue;
    if (t.lemma === 'cache' && !restart && !FIX_VERBS.has(t.lemma) && !clauseBefore(a, i, CACHE_AGENTS)) continue;
    if (!clauseBefore(a, i, AGENTS) && !startsClause(a, i)) continue;
    const objects = restart ? RESTART_OBJECTS : INCREASE_VERBS.has(t.lemma) ? INCREASE_OBJECTS : FIX_OBJECTS;
    const object = t.lemma === 'cache' ? i : followedBy(a, i, 5, objects);
    if (object === undefined) continue;
    if (clauseBefore(a, i, CONDITIONAL)) continue;
    return { sentence: t.sentence, tokenStart: i, tokenEnd: object + 1 };
  }
  return null;
}

// ---- the rewrite instinct ------------------------------------------------------------------

const REWRITE = words('rewrite rewrote rewriting rewritten rewrites scrap greenfield rebuild rearchitect replatform');
const REWRITE_PHRASES = phrases(['from scratch', 'start again', 'start over', 'throw it away', 'throw away']);
/** What a rewrite proposal rewrites: the system, not "last month's revenue". */
const REWRITE_OBJECTS = words(
  'it this that service system code codebase app application monolith module thing everything whole api backend platform stack layer in from',
);
const MOVE_VERBS = words('move migrate switch port');
const NEW_STACK = words('mongodb mongo nosql cassandra dynamodb document microservices go rust kotlin elixir scala');
const PROPOSAL = words('would should will shall let propose recommend suggest need must go want plan approve');
const NOT_A_PROPOSAL = words(
  'regret mistake wrong lesson painful cost risk lose expensive harder downside tempt tempting',
);

export function rewriteInstinct(ctx: DetectContext): Finding | null {
  const a = ctx.analysis;
  const candidates: Array<{ i: number; end: number }> = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (REWRITE.has(t.norm) || REWRITE.has(t.lemma)) {
      // As a verb it needs a system as its object; as a noun ("a full rewrite") it stands alone.
      const object = t.pos === 'NOUN' ? i : followedBy(a, i, 4, REWRITE_OBJECTS);
      if (object !== undefined) candidates.push({ i, end: object + 1 });
    } else if (MOVE_VERBS.has(t.lemma)) {
      const to = followedBy(a, i, 5, NEW_STACK);
      if (to !== undefined) candidates.push({ i, end: to + 1 });
    }
  }
  for (const m of findAll(ctx.index, REWRITE_PHRASES())) candidates.push({ i: m.tokenStart, end: m.tokenEnd });
  candidates.sort((x, y) => x.i - y.i);
  for (const { i, end } of candidates) {
    const sentence = a.tokens[i]?.sentence ?? 0;
    if (!live(a, i)) continue;
    if (!proposedBefore(a, i) || sentenceHas(a, sentence, NOT_A_PROPOSAL)) continue;
    return { sentence, tokenStart: i, tokenEnd: end };
  }
  return null;
}

// ---- tool lists instead of decisions ---------------------------------------------------------

const TOOLS = words(
  'redis kafka cassandra mongodb mongo kubernetes k8s postgres postgresql mysql elasticsearch opensearch rabbitmq memcached nginx docker terraform prometheus grafana datadog microservices lambda dynamodb sqs sns s3 spark hadoop graphql grpc istio consul zookeeper etcd celery sidekiq airflow snowflake bigquery clickhouse cockroachdb vault jenkins helm envoy haproxy cloudflare splunk sentry pagerduty jaeger opentelemetry kibana logstash flink nats pulsar scylladb neo4j influxdb timescaledb',
);
const DECIDING = phrases([
  'because',
  'since',
  'so',
  'which means',
  'instead',
  'rather than',
  'given',
  'trade off',
  'cost',
  'unless',
  'if',
  'otherwise',
]);

export function toolList(ctx: DetectContext): Finding | null {
  const a = ctx.analysis;
  const deciding = new Set(findAll(ctx.index, DECIDING(), true).map((m) => m.sentence));
  let total = new Set<string>();
  let best: { sentence: number; count: number } | undefined;
  for (const s of a.sentences) {
    const found = new Set<string>();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = a.tokens[i] as Token;
      if (TOOLS.has(t.norm)) found.add(t.norm);
    }
    total = new Set([...total, ...found]);
    if (found.size >= 3 && !deciding.has(s.index)) return { sentence: s.index };
    if (!best || found.size > best.count) best = { sentence: s.index, count: found.size };
  }
  if (total.size >= 5 && deciding.size === 0 && best) return { sentence: best.sentence };
  return null;
}

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
  'everyone know',
  'everybody know',
  'do not scale',
  'bad practice',
  'the only way',
  'no matter what',
  'in every case',
  'in all cases',
]);

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
  'their fault',
  'his fault',
  'her fault',
  'team s fault',
  'fault of the',
  'not my fault',
  'not our fault',
  'not really my fault',
  'not really our fault',
  'they should have',
  'they should not have',
  'qa should have',
  'he should have',
  'she should have',
  'not my problem',
  'not our problem',
  'not really my problem',
  'not my job',
  'nothing to do with me',
  'because of them',
  'blame the',
  'blame them',
  'all politics',
  'it be politics',
]);

export function blamingOthers(ctx: DetectContext): Finding | null {
  const m = findAll(ctx.index, BLAME())[0];
  return m ? { sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd } : null;
}

// ---- keyword salad -------------------------------------------------------------------------

export function keywordSalad(ctx: DetectContext): Finding | null {
  return ctx.saladAt === null ? null : { sentence: ctx.saladAt };
}
