import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { type Grade, gradeAnswer, ZGrade } from '../../domain/grader/grade.js';
import type { TQuestion } from '../../shared/schemas/question.js';
import { DIMENSIONS } from '../../shared/schemas/vocabulary.js';
import { gradeWithLlm } from './llm-grade.js';

/** What the fake server received. */
interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    temperature?: number;
    messages?: { role: string; content: string }[];
    response_format?: { type: string; json_schema: { name: string; strict: boolean } };
  };
}

type Behaviour = (res: ServerResponse) => void;

let server: Server;
let origin: string;
let behaviour: Behaviour = () => {};
let received: Received[] = [];

function chatReply(content: string): Behaviour {
  return (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content } }],
      }),
    );
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      raw += chunk;
    });
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as Received['body'] });
      if (!req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      behaviour(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  received = [];
  // Drops any request the server left hanging (the timeout test) so nothing keeps the process up.
  server.closeAllConnections();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const question: TQuestion = (() => {
  const q = loadBuiltInBank().find((x) => x.id === 'api-idempotent-payments-retry');
  if (!q) throw new Error('bank question api-idempotent-payments-retry is missing');
  return q;
})();
const answer = question.exampleAnswers.strong;
const builtIn: Grade = gradeAnswer(question, answer);
const llm = () => ({ baseUrl: `${origin}/v1`, model: 'test-model', apiKey: 'sk-test' });

/** A reply that quotes the answer exactly and uses only the question's ids. */
function validReply(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const [s0, s1] = question.lookFor;
  const dims = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      question.dimensions.includes(d)
        ? { score: 4, reason: 'Named the race and closed it.' }
        : { score: 3, reason: 'x' },
    ]),
  );
  return {
    overall: 4,
    dimensions: dims,
    signalsHit: [
      { id: s0?.id, quote: 'the client generates a UUID idempotency key when the user taps Pay' },
      { id: s1?.id, quote: "There's a unique constraint on (account_id, key)" },
    ],
    antiPatterns: [],
    followUpId: question.followUps[1]?.id,
    followUpReason: 'Probe the payload mismatch case.',
    ...overrides,
  };
}

function expectSound(grade: Grade | null): Grade {
  expect(grade).not.toBeNull();
  const g = grade as Grade;
  expect(() => ZGrade.parse(g)).not.toThrow();
  expect(g.grader).toBe('llm');
  for (const h of g.signals.hit) expect(answer).toContain(h.quote);
  for (const p of g.antiPatterns) expect(answer).toContain(p.quote);
  return g;
}

describe('gradeWithLlm', () => {
  it('grades from a valid reply and sends the rubric prompt', async () => {
    behaviour = chatReply(JSON.stringify(validReply()));
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn);
    expect(note).toBeNull();
    const g = expectSound(grade);
    expect(g.signals.hit.map((h) => h.id)).toEqual(question.lookFor.slice(0, 2).map((s) => s.id));
    expect(g.signals.missed).toHaveLength(question.lookFor.length - 2);
    for (const d of DIMENSIONS) {
      expect(g.dimensions[d].score).toBe(question.dimensions.includes(d) ? 4 : null);
    }
    expect(g.overall).toBe(4);
    expect(g.followUp?.id).toBe(question.followUps[1]?.id);
    expect(g.structure).toEqual(builtIn.structure);

    expect(received).toHaveLength(1);
    const req = received[0] as Received;
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.body.model).toBe('test-model');
    expect(req.body.temperature).toBe(0);
    expect(req.body.response_format?.type).toBe('json_schema');
    expect(req.body.response_format?.json_schema).toMatchObject({ name: 'caliper_grade', strict: true });
    const [system, user] = req.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain(question.text);
    expect(system?.content).toContain(question.lookFor[0]?.id);
    expect(system?.content).toContain(question.followUps[0]?.id);
    expect(system?.content).not.toContain(answer);
    expect(user).toEqual({ role: 'user', content: answer });
  });

  it('accepts a reply in a ```json fence, a trailing-slash base URL and no API key', async () => {
    behaviour = chatReply(`Here is the grade:\n\`\`\`json\n${JSON.stringify(validReply())}\n\`\`\``);
    const { grade, note } = await gradeWithLlm({ baseUrl: `${origin}/`, model: 'm' }, question, answer, builtIn);
    expect(note).toBeNull();
    expectSound(grade);
    expect(received[0]?.url).toBe('/chat/completions');
    expect(received[0]?.headers.authorization).toBeUndefined();
  });

  it('falls back on malformed JSON', async () => {
    behaviour = chatReply('{"overall": 4, "dimensions": {');
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn);
    expect(grade).toBeNull();
    expect(note).toMatch(/not valid JSON; showing the built-in grade only\.$/);
  });

  it('falls back on a reply of the wrong shape', async () => {
    behaviour = chatReply(JSON.stringify({ dimensions: { fundamentals: { score: 'great' } } }));
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn);
    expect(grade).toBeNull();
    expect(note).toMatch(/expected fields/);
  });

  it('drops an invented quote and an unknown signal id, with notes', async () => {
    const [s0, s1, s2] = question.lookFor;
    behaviour = chatReply(
      JSON.stringify(
        validReply({
          signalsHit: [
            { id: s0?.id, quote: 'the client generates a UUID idempotency key' },
            { id: s1?.id, quote: 'We used a distributed lock in Redis for every payment.' },
            { id: 'made-up-signal', quote: 'Retry-After: 1' },
            { id: s2?.id, quote: `  "any later retry gets a replay of that stored response"  ` },
          ],
          antiPatterns: [{ id: 'absolutes', quote: 'Always use Postgres.', explanation: 'An absolute.' }],
          followUpId: 'no-such-follow-up',
        }),
      ),
    );
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn);
    expect(note).toBeNull();
    const g = expectSound(grade);
    expect(g.signals.hit.map((h) => h.id)).toEqual([s0?.id, s2?.id]);
    expect(g.signals.hit[1]?.quote).toBe('any later retry gets a replay of that stored response');
    expect(g.signals.missed.map((m) => m.id)).toContain(s1?.id);
    expect(g.antiPatterns).toEqual([]);
    expect(g.followUp).toEqual(builtIn.followUp);
    expect(g.notes.join(' ')).toMatch(/Dropped 2 findings whose quote was not found/);
    expect(g.notes.join(' ')).toMatch(/made-up-signal/);
    expect(g.notes.join(' ')).toMatch(/no-such-follow-up/);
  });

  it('clamps scores 0 and 9 and recomputes the overall with the rubric weights', async () => {
    const [d0, d1, d2] = question.dimensions;
    const dims: Record<string, { score: number | null; reason: string }> = Object.fromEntries(
      DIMENSIONS.map((d) => [d, { score: null, reason: '' }]),
    );
    if (d0) dims[d0] = { score: 0, reason: 'weak' };
    if (d1) dims[d1] = { score: 9, reason: 'superb' };
    if (d2) dims[d2] = { score: 3.47, reason: 'fine' };
    behaviour = chatReply(JSON.stringify(validReply({ overall: 9, dimensions: dims })));
    const { grade } = await gradeWithLlm(llm(), question, answer, builtIn);
    const g = expectSound(grade);
    if (d0) expect(g.dimensions[d0].score).toBe(1);
    if (d1) expect(g.dimensions[d1].score).toBe(5);
    if (d2) expect(g.dimensions[d2].score).toBe(3.5);
    expect(g.overall).toBeGreaterThanOrEqual(1);
    expect(g.overall).toBeLessThanOrEqual(5);
    expect(g.overall).not.toBe(9);
    expect(g.notes.join(' ')).toMatch(/clamped/);
    expect(g.notes.join(' ')).toMatch(/own overall \(9\) was replaced/);
  });

  it('falls back on HTTP 500', async () => {
    behaviour = (res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"boom"}');
    };
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn);
    expect(grade).toBeNull();
    expect(note).toBe('The AI grader answered with HTTP 500; showing the built-in grade only.');
  });

  it('times out when the reply never comes', async () => {
    behaviour = () => {};
    const started = Date.now();
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn, { timeoutMs: 300 });
    expect(grade).toBeNull();
    expect(note).toBe('The AI grader did not answer within 0.3 s; showing the built-in grade only.');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('falls back when the server cannot be reached, never throwing', async () => {
    const fetchImpl: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const { grade, note } = await gradeWithLlm(llm(), question, answer, builtIn, { fetchImpl });
    expect(grade).toBeNull();
    expect(note).toBe('The AI grader could not be reached; showing the built-in grade only.');
  });
});
