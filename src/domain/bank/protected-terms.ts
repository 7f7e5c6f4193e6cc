/**
 * The catalogue of questions an interviewer must not ask: protected characteristics, their
 * common proxies, and salary history. Each group is a set of phrases (see phrase.ts) with a
 * strength that tells the detector how much context it needs before flagging:
 *
 * - explicit: personal by nature ("marital status", "religion", "date of birth"). Flagged
 *   when the sentence is addressed to the candidate, unless the words around it show the term
 *   is being handled as data or as other people's concern ("validate the date of birth field").
 * - ambiguous: ordinary engineering words too ("age", "child", "health", "native", "origin",
 *   "race"). Flagged only when tied to the candidate: "your age", "do you have children".
 *
 * Phrases that contain "you"/"your" are tied to the candidate by construction. Where an
 * engineering word would wrongly clear a personal phrase ("mental health *condition*"), the
 * longer phrase is listed so the clearing word is inside the match.
 */

import type { ProtectedCategory } from './categories.js';

/** A group of phrases of one category and strength, with words that make them technical. */
export interface TermGroup {
  readonly category: ProtectedCategory;
  readonly strength: 'explicit' | 'ambiguous';
  readonly phrases: readonly string[];
  /**
   * Let technical words anywhere in the clause clear even a "you" phrase. For idioms that are
   * as often about work as about the person: "what are you making in your side project?".
   */
  readonly clauseClearsDirect?: boolean;
  /** Extra neighbours (besides the shared technical words) that make this term engineering talk. */
  readonly clearers?: readonly string[];
  /** Shared technical words that do not clear this term ("job" in "at your last job"). */
  readonly keep?: readonly string[];
}

const FAITHS = 'christian|muslim|jewish|hindu|sikh|buddhist|catholic|protestant|atheist|agnostic|mormon';
const KIDS = 'children|child|kids|kid|son|sons|daughter|daughters|baby|babies|grandchildren';
const PAY =
  'salary|salaries|pay|compensation|comp|wage|wages|earnings|income|ctc|remuneration|paycheck|paycheque|bonus|bonuses';
const WHEN_PAST = 'current|previous|prior|last|past|present|existing|former|old';
const PAY_KIND = 'base|total|annual|gross|net|monthly|yearly|hourly|day|daily|take|home';
const EMPLOYER = 'job|role|position|company|employer|workplace';
const EARN = 'make|making|earn|earning|earned|paid';
/** Words that turn "what do you make ..." into "what do you build / think ...". */
const NOT_PAY = 'of|sure|it|this|that|them|the|a|an|happen|work|changes|progress|with|for|up|out';
/** Words after "you ... retire" that make it retiring a thing, not retiring from work. */
const RETIRE_OBJECT = 'the|a|an|this|that|these|those|it|them|our|your|its|their|old|legacy|support|deprecated';

// biome-ignore format: a word table reads best packed, not one word per line
const SALARY_CLEARERS = [
  'band', 'range', 'bracket', 'cycle', 'period', 'run', 'structure', 'benchmark', 'survey', 'calculation',
  'expectation', 'transparency', 'ladder', 'scale', 'grade', 'limit', 'limiter', 'limiting', 'review', 'policy',
  'image', 'url', 'branch', 'class', 'case', 'layer', 'station', 'camp', 'manager', 'registry', 'lock', 'lockfile',
  'name',
];

/** Where someone is paid: "at your last job" is the employer, not a batch job. */
// biome-ignore format: a word table reads best packed, not one word per line
const EMPLOYMENT = [
  'package', 'job', 'role', 'position', 'company', 'employer', 'team', 'org', 'organisation', 'organization',
  'business', 'workplace', 'client', 'customer',
];

/** Every term group, checked against every sentence. */
// biome-ignore format: a word table reads best packed, not one word per line
export const TERM_GROUPS: readonly TermGroup[] = [
  // ---- age and its proxies
  {
    category: 'age',
    strength: 'explicit',
    phrases: [
      'how old are|were|will|would you', 'what age are|were you', 'date|year of birth',
      'birth date|dates|year|years|day',
      'birthdate|birthdates|birthday|dob', 'when were you born', 'what year were you born', 'year ~2 you ~1 born',
      'graduation year|date|class', 'year of graduation', 'when|year did you graduate',
      'when|year did you finish|complete|leave ~2 school|university|college|degree', 'retirement',
      'age group|bracket|range', 'years|year old', 'too old|young', 'digital native',
      'millennial|millennials|boomer|boomers',
      'what generation', 'your generation',
    ],
    clearers: ['paradox', 'problem', 'attack', 'cake', 'party', 'legacy', 'api', 'endpoint', 'version'],
  },
  {
    category: 'age',
    strength: 'ambiguous',
    phrases: ['age|ages|aged', 'how old', `you ~3 retire|retiring !${RETIRE_OBJECT}|v1|v2`],
    clearers: ['max', 'min', 's', 'maxage', 'stale', 'expiry', 'expire', 'password', 'lag', 'limit', 'policy'],
  },
  // ---- marital and family status, pregnancy, caring
  {
    category: 'family',
    strength: 'explicit',
    phrases: [
      'marital status', 'maiden name', 'spouse|spouses|husband|husbands|wife|wives|boyfriend|girlfriend',
      'fiance|fiancee|fiancé|fiancée', 'divorced|divorce|widowed|widow|widower', 'pregnant|pregnancy',
      'maternity|paternity', 'parental leave', 'family planning', 'start|starting ~1 a family',
      'childcare|childminder|nanny|babysitter|babysitting|daycare|creche', 'child care', 'school run|pickup',
      'who do you live with', 'caring responsibilities|duties|commitments', 'carer|caregiver',
      `plan|plans|planning|intend|want|wanting|hope|hoping ~3 have ~2 ${KIDS}|family`, `how many ${KIDS}`,
      `who ~3 look|looks|looking|care|cares|caring ~1 after|for ~2 ${KIDS}|family`,
      'are you a ~1 parent|mother|father|mom|mum|dad|grandparent', 'are you single', `how old is|are your ~2 ${KIDS}`,
    ],
    clearers: ['threaded', 'point', 'page', 'source', 'sign', 'tenant', 'node', 'tree', 'handedly', 'handed'],
  },
  {
    category: 'family',
    strength: 'ambiguous',
    phrases: [
      'married|marriage', KIDS, 'family|families', 'partner',
      `do you have ~2 ${KIDS}|family|partner|dependants|dependents`,
      'are you married|partnered', 'you ~1 married', 'expecting a? baby|child',
    ],
    clearers: [
      'integration', 'portal', 'program', 'ecosystem', 'company', 'firm', 'agency', 'type', 'typeface', 'protocol',
      'merge', 'dataset',
    ],
  },
  // ---- religion
  {
    category: 'religion',
    strength: 'explicit',
    phrases: [
      'religion|religions', 'religious belief|beliefs|affiliation|practice|practices|background|views|denomination',
      'religious holiday|holidays|observance|services|obligations|festival|festivals',
      'church|churches|mosque|synagogue|gurdwara|worship|pray|prays|praying|prayer|prayers',
      'sabbath|shabbat|ramadan|passover|diwali|kosher|halal', 'holy day|days',
      'observe|celebrate ~3 holiday*|festival*|christmas|easter|hanukkah|chanukah|eid|yom|vesak|lent',
      'holiday*|festival* ~3 you ~1 observe|celebrate', 'believe in god', `are you a|an? ${FAITHS}`,
    ],
    clearers: ['calendar', 'scheduling', 'timezone', 'localisation', 'localization'],
  },
  {
    category: 'religion',
    strength: 'ambiguous',
    // Faith names double as names ("Christian Johansen"), so alone they need "your" or "are you".
    phrases: ['religious', 'are you religious', 'religious are you', 'faith', 'temple', FAITHS],
    clearers: ['adherence', 'devotion', 'following', 'zeal', 'war', 'debate', 'argument', 'follower', 'good', 'leap'],
  },
  // ---- national origin, citizenship, native language, accent
  {
    category: 'national-origin',
    strength: 'explicit',
    phrases: [
      'where are you ~1 from', 'where do you ~1 come from', 'where did you grow up', 'where ~2 you grow up',
      'where ~3 your family|parents|grandparents|ancestors|people ~2 from', 'what|which country ~3 you ~1 from',
      'where were you born', 'were you born in|here|abroad|outside|overseas', 'country of origin|birth',
      'place of birth', 'birthplace|birthplaces', 'home country', 'national|ethnic origin', 'originally from',
      'nationality|nationalities', 'citizenship', 'immigration status', 'immigrant|immigrated|emigrated', 'green card',
      'passport ~2 you ~1 hold|have', 'where ~2 your ~1 name|surname ~2 from', 'what kind of name is that',
      'you ~3 lived|living|been ~3 in this country', 'you ~2 lived|living|been in the|this? uk|us|u.s|u.k|usa|country',
      'native language|languages|tongue|speaker|speakers', 'native ~1 speaker', 'mother tongue',
      'speak|spoken ~3 at home', 'where ~3 accent ~2 from',
    ],
    clearers: ['setting', 'locale', 'detection', 'picker'],
  },
  {
    category: 'national-origin',
    strength: 'ambiguous',
    phrases: [
      'citizen|citizens', 'are you a ~2 citizen', 'origins', 'native', 'are you ~1 native', 'hometown', 'heritage',
      'first language', 'accent', 'do you have ~2 accent',
    ],
    clearers: [
      'policy', 'shield', 'remote', 'main', 'master', 'trial', 'isolation', 'compile', 'compiled', 'compilation',
      'executable', 'binding', 'interop', 'performance', 'speed', 'support', 'integration', 'implementation', 'async',
      'promise', 'fetch', 'dialog', 'aot', 'jit', 'wasm', 'webassembly', 'arm', 'x86', 'arm64', 'colour', 'color',
      'palette', 'button', 'border', 'theme', 'css', 'mark', 'character', 'unicode', 'utf', 'normalisation',
      'normalization', 'insensitive', 'sensitive', 'foundation', 'second', 'class',
    ],
  },
  // ---- disability, health, medical history
  {
    category: 'disability',
    strength: 'explicit',
    phrases: [
      'disability|disabilities|handicap|handicapped|impairment|impairments|wheelchair|eyesight', 'illness|illnesses',
      'chronic ~1 illness|illnesses|condition|conditions|pain|disease',
      'medical ~1 history|condition|conditions|issue|issues|problem|problems|record|records',
      'medical ~1 leave|treatment|appointment|appointments',
      'medication|medications|medicine|medicines|prescription|prescriptions', 'mental health|illness',
      'mental health ~1 condition|conditions|issue|issues|problem|problems',
      'health condition|conditions|issue|issues|problem|problems|history', 'your health status',
      'sick day|days|leave|note', 'off sick', 'called|call|calling in sick', 'diagnosed with', 'been diagnosed',
      'therapy|therapist', 'hospitalised|hospitalized|surgery|surgeries', 'workers compensation|comp',
      'physical|mental ~1 limitation|limitations|condition|conditions',
    ],
    clearers: ['app', 'product', 'platform', 'provider', 'integration'],
  },
  {
    category: 'disability',
    strength: 'ambiguous',
    phrases: [
      'health', 'disabled', 'blind', 'deaf', 'sick', 'are you ~1 disabled|blind|deaf|sick',
      'do you have ~3 condition|conditions|allergy|allergies',
    ],
    clearers: [
      'status', 'indicator', 'signal', 'score', 'liveness', 'readiness', 'slo', 'sli', 'by', 'default', 'option',
      'state', 'spot', 'rescore', 'rescoring', 're', 'scoring', 'double', 'signature', 'injection', 'race', 'edge',
      'boundary', 'error', 'exit', 'stop', 'termination', 'if', 'where', 'financial',
    ],
  },
  // ---- sexual orientation, sex and gender identity, race and ethnicity
  {
    category: 'sexual-orientation',
    strength: 'explicit',
    phrases: [
      'sexual orientation|preference|preferences', 'sexuality', 'lgbt|lgbtq|lgbtqia',
      'gay|lesbian|bisexual|homosexual|heterosexual|queer|asexual', 'same sex ~1 partner|relationship|marriage',
    ],
  },
  {
    category: 'gender-identity',
    strength: 'explicit',
    phrases: [
      'gender ~1 identity', 'gender', 'transgender|nonbinary|trans', 'non binary', 'male or female',
      'man or a? woman', 'what sex ~2 you', 'your sex',
    ],
    clearers: [
      'neutral', 'bias', 'gap', 'pay', 'diversity', 'balance', 'split', 'ratio', 'parity', 'equality', 'equity',
      'inclusive', 'pronoun', 'encoding',
    ],
  },
  {
    category: 'race',
    strength: 'explicit',
    phrases: [
      'racial', 'ethnicity|ethnicities|ethnic', 'skin colour|color|tone', 'colour|color of your skin', 'complexion',
      'ancestry', 'what|which race', 'race ~2 you ~1 identify|belong', 'mixed race', 'colour|color|tone ~2 your skin',
      'your skin colour|color|tone',
      'are you black|white|asian|hispanic|latino|latina|latinx|arab|caucasian|african|indian|chinese|mexican',
    ],
    clearers: [
      'relationship', 'chain', 'bias', 'equity', 'justice', 'listing', 'list', 'box', 'hat', 'label', 'space',
      'paper', 'board',
    ],
  },
  {
    category: 'race',
    strength: 'ambiguous',
    phrases: ['race|races'],
    clearers: ['free', 'safe', 'hazard', 'window', 'against', 'to', 'condition'],
  },
  // ---- arrest record (a proxy; reported as a warning)
  {
    category: 'arrest-record',
    strength: 'explicit',
    phrases: [
      'arrested', 'arrest|arrests ~3 record', 'arrest|arrests', 'convicted', 'in jail|prison', 'police record',
      'criminal ~1 record|history|conviction|convictions|background|charge|charges|past',
      'criminal ~1 offence|offences|offense|offenses',
    ],
    clearers: ['cardiac', 'chroot', 'bsd'],
  },
  // ---- salary history (expectations are fine)
  {
    category: 'salary-history',
    strength: 'explicit',
    phrases: [
      `${WHEN_PAST} ${PAY_KIND}? ${PAY}|payslip|payslips`, 'salary|pay|compensation|earnings|wage|income history',
      `salary|compensation|earnings|wage|wages ~3 at|in|from your ${WHEN_PAST} ${EMPLOYER}`,
      `pay|paid at|in|from your ${WHEN_PAST} ${EMPLOYER}`, 'does|did your ~2 pay|paying you',
      'how much ~3 pay|paying|paid you', `salary|pay|compensation|earnings ~2 you currently? ${EARN}|got|get|had`,
      'salary|pay|compensation|earnings|package ~2 you currently? receive|received', 'pay stub|stubs|slip|slips',
      // "What is your salary?" is today's pay; "what was your salary at X?" is history.
      `is|was|were your ${PAY_KIND}? ${PAY}`, `was|were your ${PAY_KIND}? package`,
    ],
    clearers: SALARY_CLEARERS,
    keep: EMPLOYMENT,
  },
  {
    // "the current package", "the previous base", "the current rate" are everyday engineering
    // words; they are pay only when they are the candidate's: "your current package".
    category: 'salary-history',
    strength: 'ambiguous',
    phrases: [`${WHEN_PAST} ${PAY_KIND}? package|base|rate`],
    clearers: SALARY_CLEARERS,
    keep: EMPLOYMENT,
  },
  {
    // "What do you make" / "what are you making" are as often about building things, so the
    // clause gets a say even though the phrase says "you": "...making in your side project?"
    category: 'salary-history',
    strength: 'explicit',
    clauseClearsDirect: true,
    phrases: [
      `what do you currently? make|earn !${NOT_PAY}`, 'what did you earn',
      `what are|were you currently? making|earning|paid !${NOT_PAY}`, `how much do|did|are|were you ~2 ${EARN}`,
    ],
    clearers: SALARY_CLEARERS,
    keep: EMPLOYMENT,
  },
];
