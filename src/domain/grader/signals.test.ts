/**
 * Signals matched by meaning (docs/grader.md): a paraphrase earns a signal, a lone word does
 * not, a denial contradicts instead of crediting, and a weaker alternative turned down counts
 * as trade-off evidence.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { buildQuestion } from '../../test/factories.js';
import { gradeAnswer } from './grade.js';
import { designQuestion, expectQuotesInAnswer } from './test-helpers.js';

/** Tests that grade the whole bank get room on a busy machine (speed is measured by the bench). */
const BANK_TIMEOUT = 60_000;

const question = designQuestion();
const payments = loadBuiltInBank().find((q) => q.id === 'api-idempotent-payments-retry');
if (!payments) throw new Error('the bank lacks api-idempotent-payments-retry');

describe('signals', () => {
  it('lists each signal shown with the words of the answer that show it, and the rest as missed', () => {
    const answer =
      'The client sends an idempotency key with every retry and we store the result next to it. On the server a unique constraint in the database, not a check in memory, enforces it: a second insert fails.';
    const grade = gradeAnswer(question, answer);
    expect(grade.signals.hit.map((h) => h.id)).toEqual(['key', 'unique']);
    expect(grade.signals.missed.map((m) => m.id)).toEqual(['failure']);
    expect(grade.signals.hit[1]?.quote).toBe(
      'On the server a unique constraint in the database, not a check in memory, enforces it: a second insert fails.',
    );
    expectQuotesInAnswer(grade, answer);
  });

  it('credits a paraphrase that never uses the rubric’s words', () => {
    const answer =
      'The phone makes up a random id once for each purchase, writes it to local storage, and sends that very same id again every time it tries the request again, however many attempts it takes.';
    const grade = gradeAnswer(payments, answer);
    expect(grade.signals.hit.map((h) => h.id)).toContain('client-generated-key');
  });

  it('does not credit a lone word', () => {
    for (const answer of ['Retry.', 'We changed it.', 'Idempotency.', 'I led the team and it was a learning.']) {
      expect(gradeAnswer(payments, answer).signals.hit, answer).toEqual([]);
    }
  });

  it('reports a denial as a contradiction, never as the signal it denies', () => {
    const answer =
      'I would not bother with an idempotency key from the client; a unique constraint on the key is overkill, and storing the response to replay it is unnecessary.';
    const grade = gradeAnswer(payments, answer);
    expect(grade.signals.hit.map((h) => h.id)).not.toContain('client-generated-key');
    expect(grade.signals.hit.map((h) => h.id)).not.toContain('unique-constraint-atomic');
    expect(grade.contradictions.length).toBeGreaterThan(0);
    for (const c of grade.contradictions) expect(answer.includes(c.quote)).toBe(true);
    expect(grade.overall).toBeLessThanOrEqual(2.5);
  });

  it('takes a weaker alternative turned down as trade-off evidence, and one proposed as a mistake', () => {
    const q = buildQuestion({
      id: 'test-ordering',
      dimensions: ['system_design', 'tradeoff_reasoning'],
      lookFor: [
        {
          id: 'per-account-order',
          text: 'Keeps events in order per account by partitioning on the account id',
          dimension: 'system_design',
          cues: ['partition key', 'account id'],
          phrasings: ['Partition the topic by account id so each account’s events stay in order.'],
          rejects: ['Use a single global FIFO queue for every event.'],
        },
        { id: 'x', text: 'Names a second point about replays', dimension: 'system_design', cues: ['replay', 'offset'] },
        { id: 'y', text: 'Names a third point about lag', dimension: 'tradeoff_reasoning', cues: ['lag', 'consumer'] },
      ],
    });
    const turnedDown = gradeAnswer(
      q,
      'I would not use a single global FIFO queue for every event, because one slow account would block all the others.',
    );
    expect(turnedDown.alternatives.rejected.map((r) => r.signalId)).toEqual(['per-account-order']);
    const proposed = gradeAnswer(q, 'I would use a single global FIFO queue for every event and keep it simple.');
    expect(proposed.alternatives.proposed.map((r) => r.signalId)).toEqual(['per-account-order']);
  });

  it(
    'quotes exact substrings for every example answer in the bank',
    () => {
      for (const q of loadBuiltInBank()) {
        for (const answer of [q.exampleAnswers.strong, q.exampleAnswers.weak]) {
          const grade = gradeAnswer(q, answer);
          for (const hit of grade.signals.hit) expect(answer.includes(hit.quote), `${q.id}: ${hit.quote}`).toBe(true);
          for (const c of grade.contradictions) expect(answer.includes(c.quote), `${q.id}: ${c.quote}`).toBe(true);
          expectQuotesInAnswer(grade, answer);
        }
      }
    },
    BANK_TIMEOUT,
  );
});
