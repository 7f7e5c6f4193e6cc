/**
 * Detectors for what an answer proposes: a fix before a diagnosis, a rewrite, a list of
 * tools instead of a decision.
 */

import {
  clauseBefore,
  type DetectContext,
  type Finding,
  followedBy,
  live,
  proposedBefore,
  sentenceHas,
  startsClause,
} from './detect-context.js';
import { findAll, phrases, words } from './features.js';
import type { Token } from './nlp.js';

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
  'measure|profile|profiler|trace|explain|query plan|the plan|slow query|log|metric|dashboard',
  'reproduce|check|look at|look into|investigate|confirm|compare|break down|narrow|hypothesis',
  'pg stat activity|diagnose|root cause|what change|find out|figure out|dig into|flame graph',
  'analyse|baseline|understand why|timeline|arithmetic',
]);

/** A fix (cache, more servers, restart, bigger pool) proposed before any diagnosis, in a question about diagnosis. */
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
    if (t.lemma === 'cache' && !clauseBefore(a, i, CACHE_AGENTS)) continue;
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
const NOT_A_PROPOSAL = words(
  'regret mistake wrong lesson painful cost risk lose expensive harder downside tempt tempting',
);

/** A proposal to rewrite the system or move it to a new stack, not negated, rejected or told as a regret. */
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

/** Technologies a tool list is made of. */
export const TOOLS = words(
  'redis kafka cassandra mongodb mongo kubernetes k8s postgres postgresql mysql elasticsearch opensearch rabbitmq memcached nginx docker terraform prometheus grafana datadog microservices lambda dynamodb sqs sns s3 spark hadoop graphql grpc istio consul zookeeper etcd celery sidekiq airflow snowflake bigquery clickhouse cockroachdb vault jenkins helm envoy haproxy cloudflare splunk sentry pagerduty jaeger opentelemetry kibana logstash flink nats pulsar scylladb neo4j influxdb timescaledb',
);
const DECIDING = phrases(['because|since|so|which means|instead|rather than|given|trade off|cost|unless|if|otherwise']);

/** Three or more technologies in one sentence with no reason given, or five or more in an answer that never reasons. */
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
