/**
 * Drawing a practice round: a balanced set of questions for the level and track that fits the
 * time, favours the candidate's weak dimensions and topics, leaves out what they answered
 * recently, and puts first the topics their résumé or target job names. Pure and
 * deterministic: the same inputs (including `seed`) give the same round.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import {
  CATEGORIES,
  type Category,
  type Dimension,
  type Level,
  TOPICS,
  type Topic,
} from '../../shared/schemas/vocabulary.js';
import { dimensionWords, topicWords } from '../rubric/rubric.js';
import { TRACK_SCOPE, type Track } from './tracks.js';

/** What the candidate's history says to favour. */
export interface PracticeHistory {
  /** Mean score per dimension over recent answers (1–5); lower means weaker. */
  dimensionMeans: Partial<Record<Dimension, number>>;
  /** Topics of answers that scored below 3. */
  weakTopics: readonly Topic[];
  /** Question ids answered recently: never drawn again. */
  recent: ReadonlySet<string>;
}

/** A round request. */
export interface DrawInput {
  level: Level;
  track: Track;
  minutes: number;
  /** Pasted résumé or job description: topics it names come first. */
  context?: string;
  seed: string;
}

/** One drawn question and why. */
export interface DrawnQuestion {
  id: string;
  minutes: number;
  reason: string;
}

/** Topic words as people write them in résumés and job posts. */
function topicsNamedIn(text: string): Set<Topic> {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const found = new Set<Topic>();
  for (const t of TOPICS) {
    const words = t.split('-');
    const phrase = ` ${words.join(' ')} `;
    const stem = words.length === 1 ? ` ${(words[0] ?? '').replace(/(ing|s)$/, '')}` : undefined;
    if (lower.includes(phrase) || (stem && stem.length > 4 && lower.includes(stem))) found.add(t);
  }
  const synonyms: [RegExp, Topic][] = [
    [/\b(postgres|mysql|sql|database)/, 'databases'],
    [/\b(kafka|rabbitmq|sqs|queue)/, 'queues'],
    [/\b(redis|memcached|cache)/, 'caching'],
    [/\b(prometheus|grafana|datadog|opentelemetry|tracing|logging)/, 'observability'],
    [/\b(kubernetes|autoscal|load balanc)/, 'scaling'],
    [/\b(oauth|jwt|sso|login)/, 'authentication'],
    [/\b(on call|pager|sre|incident)/, 'incidents'],
    [/\b(rest|grpc|graphql|api)/, 'api-design'],
  ];
  for (const [re, topic] of synonyms) if (re.test(lower)) found.add(topic);
  return found;
}

/** A small stable hash for tie-breaking by seed, so rounds vary but are reproducible. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Category mix a round aims for, by track. */
function targetMix(track: Track): Record<Category, number> {
  if (track === 'behavioural') return { behavioural: 3, values: 2, situational: 1, technical: 0 };
  if (track === 'mix') return { technical: 3, behavioural: 2, situational: 2, values: 1 };
  return { technical: 3, situational: 2, behavioural: 1, values: 0 };
}

/** Draw a round from the public bank. */
export function drawRound(bank: readonly TQuestion[], input: DrawInput, history: PracticeHistory): DrawnQuestion[] {
  const scope = TRACK_SCOPE[input.track];
  const named = topicsNamedIn(input.context ?? '');
  const weakTopics = new Set(history.weakTopics);
  const eligible = bank.filter(
    (q) =>
      q.levels.includes(input.level) &&
      !history.recent.has(q.id) &&
      (!scope.topics || q.topics.some((t) => scope.topics?.includes(t))) &&
      (!scope.categories || scope.categories.includes(q.category)),
  );
  const score = (q: TQuestion) => {
    const namedHits = q.topics.filter((t) => named.has(t)).length;
    const weakHits = q.topics.filter((t) => weakTopics.has(t)).length;
    // A dimension's weakness is how far its mean falls below 4 ("yes").
    const dimWeakness = q.dimensions.reduce((acc, d) => acc + Math.max(0, 4 - (history.dimensionMeans[d] ?? 4)), 0);
    return namedHits * 10 + weakHits * 4 + dimWeakness * 2;
  };
  const ranked = eligible
    .map((q) => ({ q, s: score(q), tie: hash(`${input.seed}:${q.id}`) }))
    .sort((a, b) => b.s - a.s || a.tie - b.tie);
  const mix = targetMix(input.track);
  const taken: DrawnQuestion[] = [];
  let left = input.minutes;
  // Fill the mix category by category in rounds, so a short round still gets variety.
  for (let pass = 0; pass < 4 && left > 0; pass++) {
    for (const c of CATEGORIES) {
      if (
        taken.filter((d) => bank.find((q) => q.id === d.id)?.category === c).length >=
        (mix[c] ?? 0) + (pass > 1 ? 1 : 0)
      )
        continue;
      const next = ranked.find(({ q }) => q.category === c && q.minutes <= left && !taken.some((d) => d.id === q.id));
      if (!next) continue;
      taken.push({ id: next.q.id, minutes: next.q.minutes, reason: reasonFor(next.q, named, weakTopics, history) });
      left -= next.q.minutes;
    }
  }
  // Ask the most relevant first: what their résumé or job names, then their weak spots.
  const rank = new Map(ranked.map((r, i) => [r.q.id, i]));
  taken.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  if (taken.length === 0) {
    const shortest = [...ranked].sort((a, b) => a.q.minutes - b.q.minutes)[0];
    if (shortest)
      taken.push({
        id: shortest.q.id,
        minutes: Math.min(shortest.q.minutes, input.minutes),
        reason: 'The shortest question that fits your level and track.',
      });
  }
  return taken;
}

function reasonFor(q: TQuestion, named: Set<Topic>, weak: Set<Topic>, history: PracticeHistory): string {
  const n = q.topics.find((t) => named.has(t));
  if (n) return `Your résumé or target job mentions ${topicWords(n)}.`;
  const w = q.topics.find((t) => weak.has(t));
  if (w) return `You scored below 3 on ${topicWords(w)} before.`;
  const d = q.dimensions.find((x) => (history.dimensionMeans[x] ?? 5) < 3.5);
  if (d) return `Works on ${dimensionWords(d)}, your weakest area so far.`;
  return `A ${q.category} question at your level.`;
}
