/**
 * The shape of an answer. A behavioural answer is expected to be STAR with a quantified
 * result; a design answer is expected to go requirements -> entities and APIs -> architecture
 * -> the bottleneck -> trade-offs -> failure and observability. Other questions have no
 * prescribed shape. Each element found carries the first sentence that shows it.
 */
import type { TQuestion } from '../../shared/schemas/question.js';
import type { CueIndex, CueMatch } from './cues.js';
import { findAll, type Magnitude, phrases } from './features.js';
import type { Analysis, Token } from './nlp.js';
import { quoteOf } from './quote.js';

/** One element of the expected shape. */
export interface StructureElement {
  readonly present: boolean;
  /** The first sentence that shows it (exact substring of the answer), or null. */
  readonly quote: string | null;
}

export interface BehaviouralStructure {
  readonly kind: 'behavioural';
  readonly situation: StructureElement;
  readonly task: StructureElement;
  readonly action: StructureElement;
  readonly result: StructureElement;
  /** The result carries a number: a count, a percentage, a duration, money, a before and after. */
  readonly resultQuantified: boolean;
}

export interface DesignStructure {
  readonly kind: 'design';
  readonly requirements: StructureElement;
  readonly entitiesApis: StructureElement;
  readonly architecture: StructureElement;
  readonly bottleneck: StructureElement;
  readonly tradeoffs: StructureElement;
  readonly failureObservability: StructureElement;
}

export type Structure = BehaviouralStructure | DesignStructure | { readonly kind: 'none' };

/** Which shape a question expects. */
export function structureKind(question: TQuestion): Structure['kind'] {
  if (question.category === 'behavioural') return 'behavioural';
  if (/^\s*(?:tell me about|give me an example|describe a time)/i.test(question.text)) return 'behavioural';
  if (question.category === 'technical' || question.category === 'situational') {
    if (question.dimensions.includes('system_design') || /\bdesign\b/i.test(question.text)) return 'design';
  }
  return 'none';
}

const TASK = phrases([
  'my role|my job|my task|my part|my responsibility|i be responsible|i be on call|i be the|i own',
  'be mine|i have to|i need to|i be ask|the goal be|i be task|i volunteer|i lead|i be lead',
  'i take on|i take over|i inherit',
]);
const RESULT = phrases([
  'as a result|since then|afterwards|after that|in the end|end up|the result|the outcome|go from',
  'drop|fall|reduce|cut|improve|increase|go down|down to|back to|save|no longer|zero',
  'never happen again|have not happen|halve|double|turn out|catch|stop|finish|ship|learn|work out',
  'stay|after launch|after the change|now|be back|resolve|recover|hold|succeed',
]);
const REQUIREMENTS = phrases([
  'clarify|requirement|assume|assumption|goal|constraint|scope|pin down|per second|per day|a second',
  'a day|estimate|size|read heavy|write heavy|slo|sla|how many|how often|how fresh|use case',
]);
const ENTITIES = phrases([
  'endpoint|api|table|schema|column|field|entity|primary key|foreign key|header|payload|body',
  'status code|row|record|resource|data model|cursor|token|key|index',
]);
const ARCHITECTURE = phrases([
  'load balancer|service|node|worker|queue|cache|database|replica|primary|shard|partition|gateway',
  'proxy|pipeline|consumer|cluster|architecture|component|stateless|store|postgres|redis|kafka|cdn',
  'middleware|server',
]);
const BOTTLENECK = phrases([
  'bottleneck|hot path|hot spot|hot row|contention|saturate|limit|peak|throughput|p99|latency|lock',
  'capacity|the hard part|the tricky part|the nasty case|critical path|the dangerous case|race',
  'expensive',
]);
const TRADEOFFS = phrases([
  'trade off|tradeoff|cost|downside|give up|instead|rather than|versus|vs|alternative|option',
  'at the expense|in exchange|worth it|we lose|prefer|accept|the price',
]);
const FAILURE = phrases([
  'fail|failure|crash|outage|go down|timeout|time out|retry|fallback|degrade|alert|monitor|metric',
  'dashboard|observability|log|trace|pager|roll back|rollback|recover|break|what happen|die',
  'unavailable|stale|circuit breaker|reconcile|error rate',
]);

const LABEL = /^\s*(?:\*\*)?\s*(situation|context|background|task|action|actions|result|results|outcome)\b[^:]{0,24}:/i;
const IRREGULAR_PAST = new Set(
  'was were had did went found saw made took got came told said ran wrote rewrote broke built led sent spent thought knew began chose kept left lost met paid put set caught brought felt held heard meant fell forgot gave grew hit let rose shot spoke threw drove fought hung slept struck tore dealt dug fed fled froze lit proved understood taught sold stood shut won'.split(
    ' ',
  ),
);

/** The token is a past-tense verb ("checked", "found", "was"). */
export function isPastVerb(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN') return false;
  if (IRREGULAR_PAST.has(t.norm)) return true;
  return t.pos !== 'NOUN' && t.norm.endsWith('ed') && t.norm !== t.lemma;
}

function element(analysis: Analysis, sentence: number | undefined): StructureElement {
  return sentence === undefined
    ? { present: false, quote: null }
    : { present: true, quote: quoteOf(analysis, sentence) || null };
}

function labelled(analysis: Analysis, names: readonly string[]): number | undefined {
  for (const s of analysis.sentences) {
    const m = LABEL.exec(analysis.text.slice(s.start, s.end));
    if (m?.[1] && names.includes(m[1].toLowerCase())) return s.index;
  }
  return undefined;
}

function firstSentence(matches: readonly CueMatch[], from = 0): number | undefined {
  return matches.find((m) => m.sentence >= from)?.sentence;
}

/**
 * Past-tense actions in sentences where "I" (or "we") is the subject: the candidate acting.
 * Returns the sentences in order and the number of actions.
 */
function actions(analysis: Analysis): { sentences: number[]; count: number } {
  const sentences: number[] = [];
  let count = 0;
  for (const s of analysis.sentences) {
    let subject = false;
    let verbs = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = analysis.tokens[i] as Token;
      if (t.norm === 'i' || t.norm === 'we') subject = true;
      else if (subject && t.pos === 'VERB' && isPastVerb(t)) verbs++;
    }
    if (verbs > 0) {
      sentences.push(s.index);
      count += verbs;
    }
  }
  return { sentences, count };
}

function behavioural(analysis: Analysis, index: CueIndex, mags: readonly Magnitude[]): BehaviouralStructure {
  const n = analysis.sentences.length;
  let situation = labelled(analysis, ['situation', 'context', 'background']);
  if (situation === undefined) {
    situation = analysis.sentences
      .slice(0, 3)
      .find((s) => s.words >= 6 && analysis.tokens.slice(s.tokenStart, s.tokenEnd).some(isPastVerb))?.index;
  }
  const task = labelled(analysis, ['task']) ?? firstSentence(findAll(index, TASK()));
  const acted = actions(analysis);
  const action = labelled(analysis, ['action', 'actions']) ?? (acted.count >= 2 ? acted.sentences[0] : undefined);
  const resultLabel = labelled(analysis, ['result', 'results', 'outcome']);
  const resultSentences = new Set<number>();
  if (resultLabel !== undefined) for (let s = resultLabel; s < n; s++) resultSentences.add(s);
  const late = Math.floor(n / 2);
  for (const m of findAll(index, RESULT())) if (m.sentence >= late && n >= 2) resultSentences.add(m.sentence);
  // A number near the end of a story is its result ("email latency stayed under 5 seconds").
  const tail = n - Math.max(1, Math.floor(n / 3));
  for (const m of mags) if (m.sentence >= tail && n >= 2) resultSentences.add(m.sentence);
  const ordered = [...resultSentences].sort((a, b) => a - b);
  const result = resultLabel ?? ordered[0];
  const resultQuantified = mags.some((m) => resultSentences.has(m.sentence));
  return {
    kind: 'behavioural',
    situation: element(analysis, situation),
    task: element(analysis, task),
    action: element(analysis, action),
    result: element(analysis, result),
    resultQuantified,
  };
}

function design(analysis: Analysis, index: CueIndex): DesignStructure {
  const first = (list: ReturnType<typeof REQUIREMENTS>) => element(analysis, firstSentence(findAll(index, list)));
  return {
    kind: 'design',
    requirements: first(REQUIREMENTS()),
    entitiesApis: first(ENTITIES()),
    architecture: first(ARCHITECTURE()),
    bottleneck: first(BOTTLENECK()),
    tradeoffs: first(TRADEOFFS()),
    failureObservability: first(FAILURE()),
  };
}

/** The answer's shape for the kind of question it answers. */
export function findStructure(
  question: TQuestion,
  analysis: Analysis,
  index: CueIndex,
  mags: readonly Magnitude[],
): Structure {
  const kind = structureKind(question);
  if (kind === 'behavioural') return behavioural(analysis, index, mags);
  if (kind === 'design') return design(analysis, index);
  return { kind: 'none' };
}

/** Share of the expected elements present (1 when the question prescribes no shape). */
export function structureCompleteness(s: Structure): number {
  if (s.kind === 'behavioural') {
    const parts = [s.situation.present, s.task.present, s.action.present, s.result.present, s.resultQuantified];
    return parts.filter(Boolean).length / parts.length;
  }
  if (s.kind === 'design') {
    const parts = [s.requirements, s.entitiesApis, s.architecture, s.bottleneck, s.tradeoffs, s.failureObservability];
    return parts.filter((p) => p.present).length / parts.length;
  }
  return 1;
}

/** How many different failure words the answer uses ("fails", "timeout", "alert", "roll back"...). */
export function failureMentions(index: CueIndex): number {
  return new Set(findAll(index, FAILURE()).map((m) => m.cue)).size;
}
