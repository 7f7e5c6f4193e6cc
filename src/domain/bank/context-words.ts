/**
 * The word lists the protected-characteristic lint reads context from. They are lists of
 * *context*, not of forbidden terms: who is being addressed, who owns the thing named, and
 * which neighbouring words turn "age", "child" or "health" into engineering vocabulary.
 * Nouns are listed in the singular; callers compare with `singular()`.
 */

/** Words that put a sentence in the second person. */
export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);

/** Third-person names for the person being interviewed ("ask the candidate about their ..."). */
export const CANDIDATE_NOUNS = new Set(['candidate', 'applicant', 'interviewee', 'jobseeker']);

/**
 * Verbs that open an instruction to the candidate ("Tell me about...", "Describe...", "Please
 * state..."): an imperative addresses the candidate even without a "you".
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const IMPERATIVE_OPENERS = new Set([
  'tell', 'describe', 'share', 'state', 'list', 'give', 'provide', 'confirm', 'explain', 'walk', 'talk', 'name',
  'disclose', 'indicate', 'mention', 'specify', 'say', 'detail', 'outline', 'discuss', 'elaborate', 'write',
  'enter', 'fill', 'declare', 'identify', 'let', 'show', 'send', 'submit', 'include', 'ask',
]);

/**
 * Words that open a question ("What...", "Do you...", "Are..."): a question in an interview
 * kit is put to the candidate even when it never says "you".
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const QUESTION_OPENERS = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'do', 'does', 'did', 'are', 'is', 'was',
  'were', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'any',
]);

/** Words that may precede an imperative opener without changing it ("please describe"). */
export const IMPERATIVE_PREFIXES = new Set(['please', 'kindly', 'now', 'next', 'first', 'finally', 'briefly', 'also']);

/**
 * Words allowed between a possessor and the term it owns: "your current salary", "your
 * oldest child", "the candidate's native language". Any other word breaks the link, so
 * "your service's health" or "your users' ages" are not about the candidate.
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const MODIFIERS = new Set([
  'current', 'previous', 'prior', 'last', 'past', 'present', 'former', 'own', 'exact', 'actual', 'real', 'true',
  'first', 'native', 'birth', 'home', 'family', 'immediate', 'extended', 'religious', 'marital', 'medical', 'mental',
  'physical', 'sexual', 'gender', 'ethnic', 'racial', 'national', 'cultural', 'spiritual', 'personal', 'private',
  'any', 'future', 'biological', 'primary', 'main', 'base', 'annual', 'total', 'legal', 'oldest', 'youngest',
  'eldest', 'older', 'younger', 'little', 'young', 'new', 'newborn', 'other', 'whole', 'parents', 'parent',
  'ex', 'late', 'expected', 'approximate', 'full', 'general', 'overall', 'long', 'term',
]);

/** Possessive pronouns that belong to someone other than the candidate. */
export const THIRD_PARTY_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/**
 * Prepositions that link a term to the thing it belongs to ("age of a cache entry", "health
 * of the service", "marriage of two datasets", "married to the idea").
 */
export const CONNECTORS = new Set(['of', 'for', 'in', 'on', 'to', 'with', 'about', 'between', 'from', 'across', 'per']);

/**
 * Engineering nouns (and a few adjectives/names) that, right next to a sensitive word, make
 * a technical compound: "child process", "health check", "origin server", "race condition",
 * "native code", "salary table", "marriage of two datasets", "religious about code style".
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const TECHNICAL_WORDS = new Set([
  // HTTP, caches and networks
  'cache', 'cached', 'caching', 'header', 'http', 'https', 'ttl', 'cdn', 'cors', 'dns', 'url', 'uri', 'domain', 'host',
  'proxy', 'request', 'response', 'cookie', 'token', 'session', 'endpoint', 'api', 'route', 'gateway', 'socket',
  'server', 'client', 'browser', 'network', 'traffic', 'load', 'balancer', 'port', 'protocol', 'policy',
  // data
  'database', 'db', 'table', 'column', 'row', 'field', 'record', 'schema', 'query', 'index', 'key', 'value', 'entry',
  'item', 'object', 'document', 'collection', 'dataset', 'data', 'join', 'migration', 'backfill', 'partition',
  'shard', 'replica', 'snapshot', 'backup', 'bucket', 'blob', 'file', 'directory', 'folder', 'path', 'payroll',
  'hris', 'enum', 'attribute', 'property', 'type', 'string', 'timestamp', 'format', 'input', 'form', 'dropdown',
  'validation', 'validator', 'setting', 'preference', 'locale', 'config', 'configuration', 'flag', 'model',
  // runtime and code
  'process', 'thread', 'goroutine', 'worker', 'job', 'task', 'queue', 'topic', 'event', 'message', 'stream', 'span',
  'trace', 'log', 'metric', 'alert', 'dashboard', 'probe', 'check', 'monitor', 'monitoring', 'node',
  'pod', 'container', 'cluster', 'instance', 'machine', 'vm', 'service', 'microservice', 'system', 'platform',
  'component', 'element', 'widget', 'window', 'class', 'module', 'function', 'method', 'variable', 'pointer',
  'memory', 'heap', 'stack', 'loop', 'lock', 'mutex', 'semaphore', 'atomic', 'condition', 'detector', 'compiler',
  'runtime', 'binary', 'library', 'framework', 'sdk', 'driver', 'extension', 'addon', 'plugin', 'package',
  'dependency', 'build', 'image', 'code', 'codebase', 'repo', 'repository', 'branch', 'commit', 'merge', 'tree',
  'graph', 'algorithm', 'pipeline', 'deploy', 'deployment', 'release', 'version', 'feature', 'bug', 'test',
  'testing', 'tdd', 'lint', 'linting', 'formatting', 'style', 'convention', 'naming', 'review', 'documentation',
  'app', 'application', 'monolith', 'legacy', 'project', 'product', 'font', 'typeface', 'chip', 'processor', 'cpu',
  'entity', 'context', 'scope', 'logger', 'parent', 'sibling', 'pid', 'dataframe', 'spreadsheet', 'architecture',
  'design', 'pattern', 'approach', 'idea', 'solution', 'technology', 'tech', 'stack', 'tool', 'tooling', 'vendor',
  'language', 'paradigm', 'methodology', 'orm', 'sql', 'nosql', 'postgres', 'postgresql', 'mysql', 'mongo',
  'mongodb', 'redis', 'kafka', 'react', 'java', 'python', 'rust', 'typescript', 'javascript', 'kubernetes', 'k8s',
  'aws', 'gcp', 'azure', 'cloud', 'docker', 'linux', 'git', 'microservices', 'rest', 'graphql', 'grpc', 'json',
  'yaml', 'xml', 'csv', 'ui', 'ux', 'mobile', 'ios', 'android', 'web', 'site', 'website', 'page', 'screen', 'user',
  'customer', 'account', 'profile', 'tenant', 'organisation', 'organization', 'team', 'org', 'business',
  'error', 'latency', 'throughput', 'encoding', 'growth', 'usage', 'cost', 'budget', 'billing', 'invoice',
  'signup', 'registration', 'checkout', 'kyc', 'verification', 'onboarding',
]);

/**
 * Function words: a clearer two words before a term only counts when the word in between is
 * not one of these, so "service health" clears but "type of family" does not.
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'about', 'and', 'or', 'is', 'are', 'was', 'were', 'be',
  'do', 'does', 'did', 'what', 'which', 'who', 'how', 'when', 'where', 'why', 'that', 'this', 'your', 'my', 'our',
  'their', 'his', 'her', 'its', 'you', 'we', 'they', 'it', 'any', 'some', 'no', 'not', 'have', 'has', 'had',
]);

/**
 * Words that, anywhere in the same clause, show an explicit term is being handled as data or
 * as a concern for other people rather than asked of the candidate: "how would you *store*
 * each employee's date of birth", "how have you supported *colleagues* of a different
 * religion". Only consulted when nothing ties the term to the candidate directly.
 */
// biome-ignore format: a word table reads best packed, not one word per line
export const DATA_OR_OTHERS_WORDS = new Set([
  'store', 'stores', 'stored', 'storing', 'save', 'saved', 'persist', 'persisted', 'encrypt', 'encrypted',
  'encrypting', 'encryption', 'validate', 'validated', 'validating', 'hash', 'hashed', 'mask', 'masked', 'masking',
  'redact', 'redacted', 'erase', 'erased', 'erasing', 'erasure', 'delete', 'deleted', 'deleting', 'anonymise',
  'anonymize', 'anonymised', 'anonymized', 'pseudonymise', 'pseudonymize',
  'parse', 'parsing', 'serialise', 'serialize', 'compute', 'computing', 'calculate', 'calculating', 'display',
  'render', 'sort', 'filter', 'aggregate', 'export', 'import', 'sync', 'migrate', 'migrating', 'model', 'modelling',
  'modeling', 'design', 'designing', 'implement', 'implementing', 'collect', 'collected', 'collecting', 'process',
  'processed', 'processing', 'retain', 'retention', 'gdpr', 'pii', 'compliance', 'consent', 'audit', 'sensitive',
  'colleague', 'coworker', 'co-worker', 'teammate', 'team', 'people', 'person', 'someone', 'somebody', 'others',
  'engineer', 'developer', 'manager', 'lead', 'intern', 'newcomer', 'peer', 'stakeholder', 'client', 'visitor',
  'user', 'customer', 'employee', 'staff', 'patient', 'member', 'report', 'hire', 'inclusive', 'inclusion',
  'diversity', 'diverse', 'different', 'accessibility', 'accessible', 'bias',
  'biased', 'discrimination', 'fair', 'fairness', 'equity',
]);

/** Relatives: "your wife's religion" is still a question about the candidate's family. */
// biome-ignore format: a word table reads best packed, not one word per line
export const KIN = new Set([
  'family', 'parent', 'parents', 'mother', 'father', 'wife', 'husband', 'spouse', 'partner', 'child', 'children',
  'kid', 'kids', 'son', 'daughter', 'grandparents', 'ancestors', 'sibling', 'siblings', 'brother', 'sister',
]);

/** Someone other than the candidate as the subject: "a colleague told you *they* were pregnant". */
export const OTHER_SUBJECTS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'them', 'him', 'her', 'who', 'whose']);
