/**
 * The plumbing of the LLM agreement figure against a local fake OpenAI-compatible server: every
 * answer is sent, failures are counted, and the correlations come from the model's grades. The
 * fake's grades are made up, so nothing here is an agreement figure.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { gradeAnswer } from '../../domain/grader/grade.js';
import { DIMENSIONS } from '../../shared/schemas/vocabulary.js';
import { type AgreementItem, llmAgreement } from './llm-agreement.js';

const question = loadBuiltInBank().find((q) => q.id === 'api-idempotent-payments-retry');
if (!question) throw new Error('the bank lacks api-idempotent-payments-retry');

/** The fake model scores an answer by the digit it ends with; "fail" gets an HTTP 500. */
let server: Server;
let origin: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString();
    });
    req.on('end', () => {
      requests++;
      const body = JSON.parse(raw) as { messages: { role: string; content: string }[] };
      const answer = body.messages.find((m) => m.role === 'user')?.content ?? '';
      if (answer.endsWith('fail')) {
        res.writeHead(500).end();
        return;
      }
      const score = Number(answer.slice(-1));
      const reply = {
        overall: score,
        dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { score, reason: 'made up by the fake' }])),
        signalsHit: [],
        antiPatterns: [],
        followUpId: question?.followUps[0]?.id,
        followUpReason: 'made up by the fake',
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(reply) } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function item(answer: string, label: number): AgreementItem {
  if (!question) throw new Error('no question');
  return { question, answer, builtIn: gradeAnswer(question, answer), label };
}

describe('LLM agreement', () => {
  it('sends every answer, counts failures, and correlates the model’s grades with the labels', async () => {
    const items = [
      item('We retry with the same key, score 2', 2),
      item('A unique constraint on the key closes the race, score 4', 4),
      item('Replay the stored response to every retry, score 5', 5),
      item('This one breaks the server: fail', 3),
    ];
    const r = await llmAgreement({ baseUrl: `${origin}/v1`, model: 'fake' }, items, { timeoutMs: 5_000 });
    expect(requests).toBe(4);
    expect(r.graded).toBe(3);
    expect(r.failed).toBe(1);
    expect(r.llmVsLabel).toBeCloseTo(1, 6);
  });
});
