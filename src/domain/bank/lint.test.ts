import { describe, expect, it } from 'vitest';
import type { TQuestion } from '../../shared/schemas/question.js';
import { TOPICS } from '../../shared/schemas/vocabulary.js';
import { buildQuestion } from '../../test/factories.js';
import type { ProtectedCategory } from './categories.js';
import { LINT_RULES, type LintIssue, lintQuestions, lintText } from './lint.js';

/**
 * Questions that ask the candidate about a protected characteristic, a proxy for one, or
 * their salary history, in the phrasings interviewers actually use.
 */
const FORBIDDEN: ReadonlyArray<readonly [string, ProtectedCategory]> = [
  ['How old are you?', 'age'],
  ['What year were you born?', 'age'],
  ['When did you graduate from university?', 'age'],
  ['What are your plans for retirement?', 'age'],
  ['Do you plan to retire in the next five years?', 'age'],
  ['How old were you when you wrote your first program?', 'age'],
  ['Please state your date of birth.', 'age'],
  ["What is the candidate's date of birth?", 'age'],
  ['Date of birth:', 'age'],
  ['Are you a digital native?', 'age'],
  ['Are you married?', 'family'],
  ['What does your husband do for a living?', 'family'],
  ['Do you have any children?', 'family'],
  ['Are you planning to start a family soon?', 'family'],
  ['What childcare arrangements do you have for on-call weeks?', 'family'],
  ['Are you pregnant, or planning to become pregnant in the next year?', 'family'],
  ["Who looks after your kids when you're on call?", 'family'],
  ['Tell me about your family.', 'family'],
  ["What's your marital status?", 'family'],
  ['How would your team cope if you became pregnant?', 'family'],
  ['What religion do you practise?', 'religion'],
  ['Will you need time off for religious holidays?', 'religion'],
  ['Do you go to church on Sundays?', 'religion'],
  ['Do you observe Ramadan?', 'religion'],
  ['Are you religious?', 'religion'],
  ['Where are you from originally?', 'national-origin'],
  ['Are you a U.S. citizen?', 'national-origin'],
  ['What is your nationality?', 'national-origin'],
  ['Where were you born?', 'national-origin'],
  ['Is English your native language?', 'national-origin'],
  ['What is your mother tongue?', 'national-origin'],
  ['Where is your accent from?', 'national-origin'],
  ['Where did you grow up?', 'national-origin'],
  ['Do you have any disabilities?', 'disability'],
  ['Have you ever been treated for a mental health condition?', 'disability'],
  ['What medications are you currently taking?', 'disability'],
  ['How many sick days did you take last year?', 'disability'],
  ['Do you have any health conditions we should know about?', 'disability'],
  ['How is your health?', 'disability'],
  ['Are you gay?', 'sexual-orientation'],
  ['What is your sexual orientation?', 'sexual-orientation'],
  ['What gender do you identify as?', 'gender-identity'],
  ['Are you a man or a woman?', 'gender-identity'],
  ['What is your race?', 'race'],
  ['Which ethnic group do you belong to?', 'race'],
  ['What colour is your skin?', 'race'],
  ['Have you ever been arrested?', 'arrest-record'],
  ['Do you have a criminal record?', 'arrest-record'],
  ['What is your current salary?', 'salary-history'],
  ['What do you make now?', 'salary-history'],
  ['What was your previous pay?', 'salary-history'],
  ['Tell me your last compensation.', 'salary-history'],
  ['How much were you earning at your last job?', 'salary-history'],
  ['What does your current employer pay you?', 'salary-history'],
  ['Current salary?', 'salary-history'],
  ['Any plans to have kids in the next couple of years?', 'family'],
  ['What does your wife think about you being on call?', 'family'],
  ['Would you need Fridays off for prayers?', 'religion'],
  ["What's your heritage?", 'national-origin'],
  ["Where's your family from?", 'national-origin'],
  ['Where does your surname come from?', 'national-origin'],
  ['How long have you lived in this country?', 'national-origin'],
  ['Were you born in this country?', 'national-origin'],
  ["What's your first language?", 'national-origin'],
  ['Do you speak Spanish at home?', 'national-origin'],
  ['Do you have a disability that would require accommodation?', 'disability'],
  ['Have you had any serious illnesses in the past five years?', 'disability'],
  ['How many days were you off sick last year?', 'disability'],
  ['Do you take any medication?', 'disability'],
  ['Do you have a girlfriend?', 'family'],
  ['Is your partner okay with the on-call rota?', 'family'],
  ['Do you identify as LGBTQ?', 'sexual-orientation'],
  ['Were you ever convicted of a crime?', 'arrest-record'],
  ['What were you paid at Google?', 'salary-history'],
  ["What's your current base?", 'salary-history'],
  ["What's your current comp?", 'salary-history'],
  ['How much do you currently make?', 'salary-history'],
  ['Please share your salary history.', 'salary-history'],
  ['What did your last employer pay you?', 'salary-history'],
  ["What's your current CTC?", 'salary-history'],
  ['How old are your children?', 'family'],
  ['When is your birthday?', 'age'],
  ['What year did you finish high school?', 'age'],
  ['How many years until you retire?', 'age'],
  ['Do you have a mental health condition?', 'disability'],
  ['Are you Muslim?', 'religion'],
  ['Where do your parents come from?', 'national-origin'],
  ['What is your ethnicity?', 'race'],
  ['Are you white?', 'race'],
  ['Ask the candidate about their family.', 'family'],
  ["What's your background? Where's that accent from?", 'national-origin'],
  ['What kind of name is that?', 'national-origin'],
  ['Name, date of birth, nationality.', 'age'],
  ['Do you have a husband?', 'family'],
  ['Do you have a disability that would affect your work?', 'disability'],
  ['Do you have any kids, and if so, how old are they?', 'family'],
  ["Is it possible you'll need maternity leave in the next year?", 'family'],
  ['How many children do you have?', 'family'],
  ['Do you celebrate Christmas?', 'religion'],
  ['Which holidays do you celebrate?', 'religion'],
  ['Are you an immigrant?', 'national-origin'],
  ["What's your immigration status?", 'national-origin'],
  ['How long have you been in the UK?', 'national-origin'],
  ['Do you have any medical conditions?', 'disability'],
  ["Have you ever filed a workers' compensation claim?", 'disability'],
  ['Are you on any medication?', 'disability'],
  ["What's your sexuality?", 'sexual-orientation'],
  ['Are you transgender?', 'gender-identity'],
  ['What is your ethnic background?', 'race'],
  ['Where are your parents from?', 'national-origin'],
  ["What's your previous salary?", 'salary-history'],
  ['How much did you earn last year?', 'salary-history'],
  ['Could you share your current compensation package?', 'salary-history'],
  ['Before we talk numbers, what were you making at your last company?', 'salary-history'],
  ['Are you planning to have more kids?', 'family'],
  ['What was your salary at Stripe?', 'salary-history'],
  ['What is your salary?', 'salary-history'],
  ['How much was your last bonus?', 'salary-history'],
  ['Will your religion prevent you from working Saturdays?', 'religion'],
  ["Is your wife's family Catholic?", 'religion'],
];

/**
 * Engineering questions that share words with the forbidden ones (age, child, health, native,
 * origin, race, religious, marriage, family, salary, date of birth...) and must pass clean.
 */
const NEAR_MISSES: readonly string[] = [
  'How do you decide the max-age for a Cache-Control header?',
  "What happens when a cache entry's age exceeds its TTL?",
  "How does the Age header interact with a CDN's TTL?",
  'How do you make sure child processes are reaped when the parent dies?',
  'How would you attach child spans to a parent span across a queue?',
  'Design the schema for parent-child rows in a comments table.',
  'How would you design health checks for a service behind a load balancer?',
  'How do you know your service is healthy right now, and what does /healthz return?',
  'What should the health endpoint of your API check?',
  'Design the salary table for a payroll system.',
  'How would you encrypt salary fields at rest in the payroll database?',
  'How would you validate a date_of_birth column so nobody enters a date in the future?',
  "How would you store and validate each customer's date of birth for age verification?",
  'When would you compile a module to native code instead of running it in the VM?',
  'How do you ship native binaries for several CPU architectures?',
  'How does your origin server behave when the CDN is purged?',
  'How does the browser decide whether a CORS origin is allowed?',
  'Tell me about a race condition you found in production.',
  'How would you detect a data race in Go?',
  'Some teams show a religious adherence to code style; how do you run code review with them?',
  'How would you handle the marriage of two datasets with different schemas?',
  'How would you pick a font family for the docs site?',
  'How do you version a product family that shares one codebase?',
  'What do you make of this stack trace?',
  'What salary range are you expecting for this role?',
  'Are you authorised to work in the UK?',
  'How many years of experience do you have with Postgres?',
  'Are functions first-class citizens in your favourite language?',
  'How would you retire an old API version without breaking clients?',
  'Are you married to Postgres, or would you consider another database?',
  'Are you religious about test coverage, and why?',
  'What is the current rate limit on your public API?',
  'Tell me about the last pay period bug you fixed.',
  'How would you implement accent-insensitive search?',
  'Walk me through a time a disabled feature flag caused an incident.',
  'How did you diagnose the root cause?',
  'How do you keep the oldest replica from serving stale data?',
  'How would you approach a 15-year-old monolith?',
  'How do you work with your partner teams on API contracts?',
  "What's your native mobile experience?",
  'How do you support teammates who observe different religious holidays?',
  'How would you design a feature that lets users filter by age range?',
  'What is the blast radius if a child job fails?',
  'How would you blind-review past scorecards to recalibrate the panel?',
  'What was the first language you learned to program in?',
  'How would you model a gender field that is optional and free text?',
  'How would you reduce bias against non-native speakers in the grader?',
  "Your service's p99 doubled after a deploy; where do you start?",
  'How do you propagate a parent trace context into a child thread?',
  "Explain how you would store a patient's medical history in an encrypted column.",
  'What age does a cached token reach before refresh?',
  "How would you handle a user's request to erase their date of birth under GDPR?",
  'When a child component re-renders, what does React do?',
  'How do you deal with an old pay-rate table in a migration?',
  'How would you design pagination for a family tree app?',
  'Your deploy is going out during a religious holiday in one region; what do you do?',
  'Which origin does the browser send on a cross-site request?',
  'How would you explain eventual consistency to a child?',
  "What's the health of the codebase you inherited?",
  'Is the current salary field nullable in the schema?',
  'How do you think about the age of your data in a cache?',
  'How old is too old for a cache entry?',
  'What would you do if your origin went down?',
  "How would you design the partner API so a partner can't see another partner's data?",
  'Tell me about your religious adherence to TDD.',
  'Describe a time you worked with a colleague whose first language was not English.',
  'How would you support an engineer returning from parental leave?',
  'How would you make on-call fair for people with caring responsibilities?',
  'How would you store the pregnancy status field in a health app?',
  "What is the difference between a process's parent and its children?",
  'How would you choose between a native app and a web app?',
  'Explain the birthday paradox and how it affects hash collisions.',
  'How would you model nationality in a KYC system?',
  'How do you handle users who change their gender in the profile?',
  'How do you guard against a thundering herd when a popular cache key ages out?',
  'What would you log when a worker is marked sick by the health checker?',
  'How would you design an API for a dating app that lets people filter by religion?',
  'How do you keep blind spots out of your monitoring?',
  "How would you store a user's marital status for tax calculations?",
  'In what order would you retire the legacy endpoints?',
  'When would you use a single-threaded event loop?',
  'Are you single-handedly responsible for deploys?',
  'What are you making in your side project?',
  'What do you make of microservices?',
  'Are you whitelisting IPs or using mTLS?',
  'A user enters their date of birth at signup. How would you validate it?',
  'How does the current package version get resolved?',
  "How do you make sure your team's on-call rota is fair to people with young children?",
  "Tell me about a time a team member's health affected a deadline. What did you do?",
  "Describe how you'd onboard a new hire who is a non-native English speaker.",
  'What would you do if a colleague told you they were pregnant and worried about on-call?',
  "How would you respond if a teammate made a joke about someone's religion?",
  'How do you handle a report who keeps calling in sick before deploys?',
  "Describe how you would test a form that asks for the user's date of birth.",
  "What would you alert on for the payroll service's salary export job?",
  'Which fields hold sensitive data like salary, religion or health conditions, and how would you protect them?',
  'How would you store fields like date of birth, nationality and religion?',
  'Date of birth, nationality, religion: which of these would you store, and why?',
  'How would you redact religion and health data from logs?',
  "What's the age of the oldest unacked message in your queue?",
  'How would you handle a GDPR request from a candidate asking to erase their age and nationality?',
  'Explain why the healthz endpoint should not check the database.',
  'How do you stop a retired feature flag from coming back?',
  'When you retire a service, what do you check first?',
  'Do you have a native speaker on the team to review translations?',
  'Tell me about your experience with native development on iOS.',
  'How would you design an age-verification flow?',
  'Have you ever had to fire someone for repeated sick days?',
  'How do you age out stale feature flags?',
  'Explain how a parent goroutine waits for its children.',
  'How would you migrate 10 years of salary history into the new payroll schema?',
  'Which health signals would you page on for this service?',
  "What's your current on-call load like?",
  'How is your current team structured?',
  "What was your previous role's biggest incident?",
  "What's the previous base image and why did you pin it?",
  'Where do you come from on the monolith vs microservices debate?',
  'Are you native to Kubernetes or did you learn it recently?',
  'How would you onboard a developer whose mother tongue is not English?',
  "What's your take on religious debates like tabs versus spaces?",
  'How would you make the hiring loop fair to candidates of any age?',
  "Tell me how you would add a 'race' field to the survey table.",
  'How do you decide when a feature is too old to maintain?',
  "How do you know your health checks aren't lying?",
  'How do you check the health of a Kafka consumer group?',
  'How would you validate `dateOfBirth` in the API?',
  'How do you handle a Christmas code freeze?',
  "What's your salary expectation for this role?",
  'Which was your package manager of choice?',
  'What was the last bonus feature you shipped?',
  'Describe the health of your last team.',
];

const rules = (issues: readonly LintIssue[]) => issues.map((i) => i.rule);

describe('lintText: questions an interviewer must not ask', () => {
  it.each(FORBIDDEN)('flags %j as %s', (text, category) => {
    const findings = lintText(text);
    expect(findings.map((f) => f.category)).toContain(category);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });

  it('covers every category with at least two phrasings', () => {
    const counts = new Map<ProtectedCategory, number>();
    for (const [, category] of FORBIDDEN) counts.set(category, (counts.get(category) ?? 0) + 1);
    for (const category of [
      'age',
      'family',
      'religion',
      'national-origin',
      'disability',
      'sexual-orientation',
      'gender-identity',
      'race',
      'arrest-record',
      'salary-history',
    ] as const) {
      expect(counts.get(category) ?? 0, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports salary history under its own rule and arrest records as a warning', () => {
    expect(lintText('What is your current salary?')).toMatchObject([{ rule: 'salary-history', severity: 'error' }]);
    expect(lintText('Have you ever been arrested?')).toMatchObject([
      { rule: 'protected-characteristic', severity: 'warning', category: 'arrest-record' },
    ]);
    expect(lintText('How old are you?')).toMatchObject([{ rule: 'protected-characteristic', severity: 'error' }]);
  });

  it('points at the offending words so an editor can underline them', () => {
    const text = 'We run a small team. Tell me about a migration you led. Are you married?';
    const [finding] = lintText(text);
    expect(finding?.match).toBe('Are you married');
    expect(finding?.start).toBe(text.indexOf('Are you married'));
  });

  it('gives the lawful alternative, not just a no', () => {
    expect(lintText('Are you a U.S. citizen?')[0]?.message).toMatch(/authorised to work/);
    expect(lintText('What do you make now?')[0]?.message).toMatch(/expectations/);
  });
});

describe('lintText: technical questions that merely use the words', () => {
  it.each(NEAR_MISSES)('passes %j', (text) => {
    expect(lintText(text)).toEqual([]);
  });

  it('passes a whole built-in style question with several near-miss words', () => {
    const text = [
      "Your payroll service stores each employee's salary and date of birth.",
      'A child process exports them nightly, and the health endpoint reports the age of the last export.',
      'How would you encrypt those fields, and what would you alert on when the export races a migration?',
    ].join(' ');
    expect(lintText(text)).toEqual([]);
  });

  it('ignores identifiers and code blocks', () => {
    expect(lintText('Why might `user.dateOfBirth` be null after the `date_of_birth` backfill?')).toEqual([]);
    expect(lintText('What does this print?\n```\nconst age = 3; console.log({ religion, age });\n```')).toEqual([]);
  });

  it('does not trip over words that are also object prototype keys', () => {
    expect(lintText('Why is constructor toString __proto__ hasOwnProperty slow here?')).toEqual([]);
    expect(lintText('')).toEqual([]);
  });
});

/** A draft: only the identity fields a question needs to exist. */
function draft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { id, text, category, levels, topics, dimensions } = buildQuestion();
  return { id, text, category, levels, topics, dimensions, ...overrides };
}

function complete(overrides: Partial<TQuestion> = {}): TQuestion {
  return buildQuestion(overrides);
}

describe('lintQuestions', () => {
  it('passes a complete question', () => {
    expect(lintQuestions([complete()])).toEqual([]);
  });

  it('gives a draft warnings, never schema errors, for the parts it lacks', () => {
    const issues = lintQuestions([draft()]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(rules(issues)).toEqual(expect.arrayContaining(['schema', 'missing-signals', 'missing-follow-up-failure']));
    expect(issues.find((i) => i.rule === 'schema')?.message).toMatch(/missing .*exampleAnswers/);
  });

  it('makes the missing parts errors when the bank must be complete', () => {
    const issues = lintQuestions([draft()], { requireComplete: true });
    expect(issues.some((i) => i.rule === 'schema' && i.severity === 'error')).toBe(true);
  });

  it('reports a broken identity field as a schema error', () => {
    const issues = lintQuestions([
      draft({ category: 'trivia' }),
      draft({ id: 'q-two', levels: [] }),
      draft({ id: 'q-three', text: undefined }),
    ]);
    const errors = issues.filter((i) => i.rule === 'schema' && i.severity === 'error');
    expect(errors.map((i) => i.questionId)).toEqual([complete().id, 'q-two', 'q-three']);
    expect(errors[2]?.message).toMatch(/text: missing/);
  });

  it('warns (not errors) about a malformed optional part of a draft', () => {
    const issues = lintQuestions([{ ...complete(), difficulty: 9 }]);
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'schema', severity: 'warning', message: expect.stringMatching(/^difficulty/) }),
    ]);
  });

  it('reports something that is not an object by its position', () => {
    expect(lintQuestions([complete(), 'oops'])).toEqual([
      { questionId: '#2', severity: 'error', rule: 'schema', message: 'not a question object' },
    ]);
  });

  it('flags a duplicate id on every later use, pointing back at the first', () => {
    const issues = lintQuestions([complete(), complete({ id: 'other-question' }), complete(), complete()]);
    const dupes = issues.filter((i) => i.rule === 'duplicate-id');
    expect(dupes).toHaveLength(2);
    expect(dupes[0]).toMatchObject({ severity: 'error', questionId: complete().id });
    expect(dupes[0]?.message).toMatch(/#1/);
  });

  it('flags topics outside the vocabulary and suggests the nearest one', () => {
    const issues = lintQuestions([complete({ topics: ['idempotency', 'rate-limit'] as TQuestion['topics'] })]);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'unknown-topic',
        severity: 'error',
        message: expect.stringMatching(/"rate-limit".*rate-limiting/),
      }),
    ]);
  });

  it('accepts topics from an extended vocabulary', () => {
    const q = { ...complete(), topics: ['idempotency', 'payments'] };
    expect(rules(lintQuestions([q]))).toContain('unknown-topic');
    expect(lintQuestions([q], { knownTopics: [...TOPICS, 'payments'] })).toEqual([]);
  });

  it('warns about too few look-for signals on an imported draft', () => {
    const q = complete();
    const issues = lintQuestions([{ ...q, lookFor: q.lookFor.slice(0, 2) }]);
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'missing-signals',
        severity: 'warning',
        message: expect.stringMatching(/only 2/),
      }),
    ]);
    expect(rules(lintQuestions([{ ...q, lookFor: [] }]))).toContain('missing-signals');
  });

  it('warns when no follow-up probes failure', () => {
    const q = complete();
    const followUps = q.followUps.map((f) => ({ ...f, kind: 'depth' as const }));
    expect(lintQuestions([{ ...q, followUps }])).toEqual([
      expect.objectContaining({ rule: 'missing-follow-up-failure', severity: 'warning' }),
    ]);
  });

  it('warns when a question is shared in advance without its rubric', () => {
    expect(rules(lintQuestions([draft({ shareInAdvance: true })]))).toContain('share-in-advance-without-rubric');
    expect(rules(lintQuestions([draft({ shareInAdvance: false })]))).not.toContain('share-in-advance-without-rubric');
  });

  it('flags protected questions in the text and in follow-ups, with the question id', () => {
    const q = complete({ id: 'bad-one', text: 'Before we start: how old are you, and what is your current salary?' });
    const issues = lintQuestions([q]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ questionId: 'bad-one', rule: 'protected-characteristic', severity: 'error' }),
        expect.objectContaining({ questionId: 'bad-one', rule: 'salary-history', severity: 'error' }),
      ]),
    );
    const [first, ...rest] = complete().followUps;
    const followUps = [
      ...rest,
      {
        ...(first as TQuestion['followUps'][number]),
        id: 'family-probe',
        text: 'And who looks after your kids when you are paged?',
      },
    ];
    const followUpIssues = lintQuestions([{ ...complete(), followUps }]);
    expect(followUpIssues).toEqual([
      expect.objectContaining({
        rule: 'protected-characteristic',
        message: expect.stringMatching(/^follow-up family-probe/),
      }),
    ]);
  });

  it('only ever reports known rules', () => {
    const issues = lintQuestions([
      draft({ text: 'Are you married? Tell me about caching.' }),
      7,
      complete(),
      complete(),
    ]);
    for (const issue of issues) expect(LINT_RULES).toContain(issue.rule);
  });

  it('has at least 25 forbidden and 25 near-miss cases', () => {
    expect(FORBIDDEN.length).toBeGreaterThanOrEqual(25);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(25);
  });
});
