/**
 * Guesses the classification of a question imported from a plain list: its topic from the
 * section heading (or, failing that, from the question's own words), its category from how it is
 * phrased, and a scoring dimension from the topic. These are starting points for a person to
 * review; the import marks such questions as needing signals anyway.
 */
import type { Category, Dimension, Topic } from '../../../shared/schemas/vocabulary.js';
import { TOPICS } from '../../../shared/schemas/vocabulary.js';

/** Ordered: the first rule that matches wins, so specific phrases come before broad words. */
const TOPIC_RULES: readonly [RegExp, Topic][] = [
  [/\bsql\s+(?:vs\.?|versus|or)\s+nosql\b|\bnosql\b/, 'sql-vs-nosql'],
  [/\binjection\b|\bxss\b|\bcsrf\b|\bowasp\b|\bencrypt|\bsecrets?\b|\bvulnerab/, 'security'],
  [/\bauthori[sz]ation\b|\bpermissions?\b|\brbac\b/, 'authorization'],
  [/\bauthenticat|\bauth\b|\boauth|\bjwts?\b|\bsessions?\b|\bpasswords?\b|\blog ?in\b/, 'authentication'],
  [/\bsecurity\b|\bsecure\b/, 'security'],
  [/\bidempoten/, 'idempotency'],
  [/\brate[ -]?limit/, 'rate-limiting'],
  [/\bpaginat/, 'pagination'],
  [/\bversioning\b/, 'api-versioning'],
  [/\bwebhooks?\b/, 'webhooks'],
  [/\bapi design\b|\bapis?\b|\brest(?:ful)?\b|\bgraphql\b|\bgrpc\b|\bendpoints?\b/, 'api-design'],
  [/\bhttps?\b|\bstatus codes?\b/, 'http'],
  [/\bnetwork|\btcp\b|\budp\b|\bdns\b|\btls\b/, 'networking'],
  [/\bindex(?:es|ing)?\b|\bindices\b/, 'indexing'],
  [/\btransactions?\b|\bacid\b|\bisolation levels?\b/, 'transactions'],
  [/\bmigrations?\b/, 'migrations'],
  [/\bdata model|\bschema design\b|\bnormali[sz]/, 'data-modeling'],
  [/\bdatabases?\b|\bsql\b|\bpostgres|\bmysql\b|\brdbms\b|\bquer(?:y|ies)\b|\bjoins?\b/, 'databases'],
  [/\bcach(?:e|es|ed|ing)\b|\bredis\b|\bmemcached\b|\bcdn\b/, 'caching'],
  [/\bqueues?\b|\bmessag(?:e|es|ing)\b|\bkafka\b|\brabbitmq\b|\bpub ?\/? ?sub\b/, 'queues'],
  [/\bconsisten|\bcap theorem\b/, 'consistency'],
  [/\bdistributed\b|\bconsensus\b|\braft\b|\bpaxos\b/, 'distributed-systems'],
  [/\bload[ -]balanc/, 'load-balancing'],
  [/\bscal(?:e|es|ing|ability|able)\b|\bshard/, 'scaling'],
  [/\bresilien|\bretr(?:y|ies)\b|\bcircuit breakers?\b|\bfault[ -]toleran|\btimeouts?\b/, 'resilience'],
  [/\bconcurren|\bthreads?\b|\bmulti-?thread|\bdeadlocks?\b|\brace conditions?\b|\bmutex/, 'concurrency'],
  [/\bperformance\b|\blatency\b|\bprofil(?:e|er|ing)\b|\boptimi[sz]/, 'performance'],
  [/\bobservability\b|\bmonitoring\b|\blogging\b|\bmetrics\b|\btracing\b|\balert/, 'observability'],
  [/\bdebug|\bbugs?\b/, 'debugging'],
  [/\bincidents?\b|\boutages?\b|\bpost-?mortems?\b/, 'incidents'],
  [/\bon-?call\b|\bpag(?:er|ed|ing)\b/, 'on-call'],
  [/\bproduction\b|\bdeploy/, 'production-ownership'],
  [/\btest(?:s|ing)?\b|\btdd\b/, 'testing'],
  [/\blegacy\b|\brefactor/, 'legacy-code'],
  [/\bcode reviews?\b|\bpull requests?\b/, 'code-review'],
  [/\bsystem design\b|\barchitect|\bmicroservices?\b|\bmonolith/, 'architecture'],
  [/\bai\b|\bllms?\b|\bcopilot\b|\bchatgpt\b/, 'ai-assistants'],
  [/\bdecisions?\b|\btrade-?offs?\b|\bprioriti/, 'decision-making'],
  [/\bownership\b|\bresponsibility\b/, 'ownership'],
  [/\bmentor/, 'mentoring'],
  [/\bleadership\b|\bleading\b|\blead a\b/, 'leadership'],
  [/\bconflicts?\b|\bdisagree/, 'conflict'],
  [/\bteamwork\b|\bcollaborat|\bteammates?\b/, 'collaboration'],
  [/\bcommunicat|\bstakeholders?\b/, 'communication'],
  [/\bcustomers?\b/, 'customer-focus'],
  [/\bethic|\bfair(?:ness)?\b|\bhonest|\bintegrity\b/, 'ethics'],
  [/\blearn/, 'learning'],
];

/** Section headings that set the category of the questions under them. */
const CATEGORY_RULES: readonly [RegExp, Category][] = [
  [/\bbehaviou?ral\b|\bsoft skills?\b|\bhr\b/, 'behavioural'],
  [/\bsituational\b|\bscenarios?\b|\bhypothetical/, 'situational'],
  [/\bvalues\b|\bculture\b|\bethic/, 'values'],
];

/** Topics about people and judgement rather than technology. */
const PEOPLE_TOPICS: ReadonlySet<Topic> = new Set<Topic>([
  'decision-making',
  'ownership',
  'leadership',
  'mentoring',
  'collaboration',
  'communication',
  'conflict',
  'customer-focus',
  'ethics',
  'learning',
]);

/** The dimension a topic mostly tests; topics not listed test fundamentals. */
const DIMENSION_OF_TOPIC: Partial<Record<Topic, Dimension>> = {
  architecture: 'system_design',
  'api-design': 'system_design',
  'api-versioning': 'system_design',
  'distributed-systems': 'system_design',
  scaling: 'system_design',
  'load-balancing': 'system_design',
  queues: 'system_design',
  webhooks: 'system_design',
  'rate-limiting': 'system_design',
  consistency: 'system_design',
  debugging: 'debugging',
  performance: 'debugging',
  incidents: 'operational_judgment',
  'on-call': 'operational_judgment',
  'production-ownership': 'operational_judgment',
  observability: 'operational_judgment',
  migrations: 'operational_judgment',
  ownership: 'operational_judgment',
  'customer-focus': 'operational_judgment',
  collaboration: 'operational_judgment',
  communication: 'operational_judgment',
  mentoring: 'operational_judgment',
  ethics: 'operational_judgment',
  'decision-making': 'tradeoff_reasoning',
  conflict: 'tradeoff_reasoning',
  leadership: 'tradeoff_reasoning',
  learning: 'tradeoff_reasoning',
  'legacy-code': 'tradeoff_reasoning',
  'code-review': 'tradeoff_reasoning',
  'ai-assistants': 'tradeoff_reasoning',
};

/** Used when neither the heading nor the question names a topic. */
const DEFAULT_TOPIC: Record<Category, Topic> = {
  technical: 'architecture',
  behavioural: 'collaboration',
  situational: 'decision-making',
  values: 'ethics',
};

const TOPIC_SET: ReadonlySet<string> = new Set(TOPICS);

/** What a section heading says about the questions under it. */
export interface SectionHint {
  topic?: Topic;
  category?: Category;
}

/** Reads a section heading: "Databases & SQL" -> databases, "Behavioural" -> category behavioural. */
export function sectionHint(heading: string): SectionHint {
  const text = heading.toLowerCase();
  const hint: SectionHint = {};
  const slug = text.trim().replace(/\s+/g, '-');
  const topic = TOPIC_SET.has(slug) ? (slug as Topic) : guessTopic(text);
  if (topic) hint.topic = topic;
  const category = CATEGORY_RULES.find(([pattern]) => pattern.test(text))?.[1];
  if (category) hint.category = category;
  return hint;
}

/** The first topic whose words appear in the text, if any. */
export function guessTopic(text: string): Topic | undefined {
  const lower = text.toLowerCase();
  return TOPIC_RULES.find(([pattern]) => pattern.test(lower))?.[1];
}

const BEHAVIOURAL_OPENING =
  /^(?:tell (?:me|us) about a time|describe a (?:time|situation)|give (?:me |us )?an example|talk about a time)\b/i;
const SITUATIONAL_OPENING = /^(?:what would you do|how would you (?:handle|deal with|respond|react))\b/i;
const VALUES_WORDS = /\b(?:ethic(?:s|al|ally)?|customers?|fair(?:ness|ly)?|unfair|honest(?:y|ly)?|integrity)\b/i;

/**
 * The category a question's phrasing suggests. Openings are the strongest signal, then the
 * section's category; values words count only outside technical sections, where "customer"
 * usually names a table, not a value.
 */
export function guessCategory(text: string, section: SectionHint): Category {
  if (BEHAVIOURAL_OPENING.test(text)) return 'behavioural';
  if (SITUATIONAL_OPENING.test(text)) return 'situational';
  if (section.category) return section.category;
  const technicalSection = section.topic !== undefined && !PEOPLE_TOPICS.has(section.topic);
  if (!technicalSection && VALUES_WORDS.test(text)) return 'values';
  return 'technical';
}

/**
 * Classification for a question: the section's topic, else the first topic its words name, else a
 * default for the category; a topic the words name is added second when it differs ("Databases"
 * section, "...as a cache?" -> databases, caching). The dimension follows the first topic.
 */
export function classify(
  text: string,
  section: SectionHint,
): { category: Category; topics: Topic[]; dimension: Dimension } {
  const category = guessCategory(text, section);
  const fromText = guessTopic(text);
  const found = section.topic ?? fromText;
  const topic = found ?? DEFAULT_TOPIC[category];
  const topics = fromText === undefined || fromText === topic ? [topic] : [topic, fromText];
  // A defaulted technical topic says nothing about what is tested, so fall back to fundamentals.
  const dimension = found === undefined && category === 'technical' ? 'fundamentals' : DIMENSION_OF_TOPIC[topic];
  return { category, topics, dimension: dimension ?? 'fundamentals' };
}
