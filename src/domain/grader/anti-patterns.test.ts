import { describe, expect, it } from 'vitest';
import { ANTI_PATTERN_IDS, ANTI_PATTERNS } from './anti-patterns.js';
import { gradeAnswer } from './grade.js';
import {
  antiPatternIds,
  behaviouralQuestion,
  debuggingQuestion,
  designQuestion,
  expectQuotesInAnswer,
} from './test-helpers.js';

const debugging = debuggingQuestion();
const behavioural = behaviouralQuestion();
const design = designQuestion();

function expectFound(question: typeof debugging, answer: string, id: string): void {
  const grade = gradeAnswer(question, answer);
  const found = grade.antiPatterns.find((p) => p.id === id);
  expect(found, `${id} in: ${answer}`).toBeDefined();
  expect(answer.includes(found?.quote ?? '\u0000')).toBe(true);
  expectQuotesInAnswer(grade, answer);
}

function expectAbsent(question: typeof debugging, answer: string, id: string): void {
  expect(antiPatternIds(question, answer), answer).not.toContain(id);
}

describe('anti-pattern catalogue', () => {
  it('has one entry per id, each with an explanation in our words', () => {
    expect(ANTI_PATTERNS.map((p) => p.id)).toEqual([...ANTI_PATTERN_IDS]);
    for (const p of ANTI_PATTERNS) expect(p.explanation.length).toBeGreaterThan(60);
  });
});

describe('fix before diagnosis', () => {
  it('fires on a cache or more servers before any measurement', () => {
    expectFound(
      debugging,
      'We would just add a cache in front of search and that should bring p99 down.',
      'fix-before-diagnosis',
    );
    expectFound(debugging, "I'd scale out the instances first, then look at the dashboards.", 'fix-before-diagnosis');
    expectFound(debugging, 'Easy: raise max_connections to 1000 and restart Postgres.', 'fix-before-diagnosis');
  });

  it('does not fire when the fix is negated or rejected', () => {
    expectAbsent(debugging, 'I would not add Redis before measuring where the time goes.', 'fix-before-diagnosis');
    expectAbsent(
      debugging,
      'Nobody should add a cache before we know which requests are slow.',
      'fix-before-diagnosis',
    );
    expectAbsent(
      debugging,
      'Rather than adding a cache, I would compare a slow trace with a fast one.',
      'fix-before-diagnosis',
    );
  });

  it('does not fire when diagnosis comes first', () => {
    expectAbsent(
      debugging,
      'First I would compare slow and fast traces and check the slow query log. If one query flipped to a bad plan, I would add an index for it.',
      'fix-before-diagnosis',
    );
  });

  it('is not applied to a question that is not about diagnosis', () => {
    expectAbsent(design, 'I would add a cache in front of the payments table for hot keys.', 'fix-before-diagnosis');
  });
});

describe('the rewrite instinct', () => {
  it('fires on a proposal to start again', () => {
    expectFound(debugging, 'Honestly it is a mess, so I would rewrite it from scratch in Go.', 'rewrite-instinct');
    expectFound(
      debugging,
      'We should move the orders service to MongoDB because it scales better.',
      'rewrite-instinct',
    );
  });

  it('does not fire on a negated or rejected rewrite', () => {
    expectAbsent(debugging, 'We never rewrote it; we strangled it piece by piece.', 'rewrite-instinct');
    expectAbsent(
      debugging,
      'I would resist the urge to rewrite it and add tests around the risky paths.',
      'rewrite-instinct',
    );
  });

  it('does not fire on "rewrite" that is not about the system', () => {
    expectAbsent(
      debugging,
      "A price change would rewrite last month's revenue if we joined current prices.",
      'rewrite-instinct',
    );
    expectAbsent(debugging, "They'd shipped the billing export rewrite with zero incidents.", 'rewrite-instinct');
  });
});

describe('tools instead of decisions', () => {
  it('fires on a list of technologies without a reason', () => {
    expectFound(design, 'I would use Cassandra, Kafka, Redis and Kubernetes with microservices.', 'tool-list');
  });

  it('does not fire when the tools come with a decision and a reason', () => {
    expectAbsent(
      design,
      'I would keep Postgres as the store because the keys need a unique constraint, and use Redis only as a cache, since losing it costs nothing but latency.',
      'tool-list',
    );
  });
});

describe('absolutes', () => {
  it('fires on always/never rules and sweeping claims', () => {
    expectFound(design, 'Retries are always good, they make the system resilient.', 'absolutes');
    expectFound(design, 'We never roll back, rolling back is for teams that do not trust their code.', 'absolutes');
    expectFound(design, "Relational databases don't scale, everyone knows that.", 'absolutes');
  });

  it('does not fire on qualified, negated or reported statements', () => {
    expectAbsent(design, 'Retries are not always safe: only idempotent requests can be repeated.', 'absolutes');
    expectAbsent(design, 'I would almost always roll back first, unless the migration makes it unsafe.', 'absolutes');
    expectAbsent(design, 'I believed ORMs were always slower until a benchmark proved me wrong.', 'absolutes');
    expectAbsent(design, "I've never used Redis, so I would say that in the planning meeting.", 'absolutes');
  });
});

describe('"it depends" without a choice', () => {
  it('fires when the answer hedges and never commits', () => {
    expectFound(
      design,
      'There are several options. It depends on the requirements, so I would discuss it with the team.',
      'it-depends',
    );
  });

  it('does not fire when a choice follows the hedge', () => {
    expectAbsent(
      design,
      'It depends on how late retries arrive. Given mobile clients, I would pick 24 hours of retention because it covers offline retries.',
      'it-depends',
    );
  });

  it('does not fire on "depended on" as a plain verb', () => {
    expectAbsent(design, 'Another team depended on that table, so we kept the old column for a month.', 'it-depends');
  });
});

describe('scale in adjectives', () => {
  it('fires on size words with no numbers anywhere', () => {
    expectFound(
      design,
      'This is a huge scale system with massive traffic, so it has to scale horizontally.',
      'scale-in-adjectives',
    );
  });

  it('does not fire when the answer puts numbers on it', () => {
    expectAbsent(
      design,
      'There is heavy traffic: about 2,300 redirects per second on average and 11,500 at peak.',
      'scale-in-adjectives',
    );
  });
});

describe('a story with no measurable result', () => {
  it('fires on a story that ends without a result', () => {
    expectFound(
      behavioural,
      'We had an outage a few months ago where requests were failing. We looked into it as a team and found the problem.',
      'story-without-result',
    );
  });

  it('fires on a result with no numbers', () => {
    expectFound(
      behavioural,
      'I was on call when checkout broke. I checked the logs and rolled back the deploy. Since then things have been better.',
      'story-without-result',
    );
  });

  it('does not fire on a quantified result', () => {
    expectAbsent(
      behavioural,
      'I was on call when checkout broke at 10:05. I checked the logs and rolled back the deploy. Errors were back to baseline after 22 minutes, and since then the new alert has caught two bad configs.',
      'story-without-result',
    );
  });

  it('is only applied to story questions', () => {
    expectAbsent(design, 'We had an outage once and we fixed it.', 'story-without-result');
  });
});

describe('blaming others', () => {
  it('fires when the fault is put on someone else', () => {
    expectFound(
      behavioural,
      "It wasn't really our fault because they were parsing the response too strictly.",
      'blaming-others',
    );
    expectFound(behavioural, 'QA should have caught it, but they did not test that flow.', 'blaming-others');
    expectFound(behavioural, "It's not my service, so it's not my problem.", 'blaming-others');
    expectFound(behavioural, "The old team clearly didn't know what they were doing.", 'blaming-others');
  });

  it('does not fire on ownership or on defending someone', () => {
    expectAbsent(behavioural, 'I should have checked the old clients; that was my mistake.', 'blaming-others');
    expectAbsent(
      behavioural,
      "It wasn't their fault: the system let the change through without review.",
      'blaming-others',
    );
  });
});

describe('keywords without reasoning', () => {
  it('fires on a comma-separated list of terms', () => {
    expectFound(
      design,
      'Idempotency key, unique constraint, same response, conflict, in flight, transaction.',
      'keyword-salad',
    );
  });

  it('fires on bullet fragments', () => {
    expectFound(design, '- idempotency key\n- unique constraint\n- same response\n- conflict', 'keyword-salad');
  });

  it('fires on sentences cut from one template', () => {
    expectFound(
      design,
      'The idempotency key is important. The unique constraint is important. The same response is important. The conflict is important.',
      'keyword-salad',
    );
    expectFound(
      design,
      'Idempotency keys matter because retries happen. Unique constraints matter because races happen. Transactions matter because crashes happen.',
      'keyword-salad',
    );
  });

  it('does not fire on real sentences that reason', () => {
    expectAbsent(
      design,
      'The client sends an idempotency key, and the server claims it with a unique constraint so a retry gets the same response instead of a second charge.',
      'keyword-salad',
    );
  });
});
