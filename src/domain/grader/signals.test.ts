import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { gradeAnswer } from './grade.js';
import { designQuestion, expectQuotesInAnswer } from './test-helpers.js';

/** Tests that grade the whole bank get room on a busy machine (speed is measured by the bench). */
const BANK_TIMEOUT = 60_000;

const question = designQuestion();

describe('signals', () => {
  it('lists each signal shown with the sentence that shows it, and the rest as missed', () => {
    const answer =
      'The client sends an idempotency key with every retry. On the server a unique constraint on the key means a second insert fails, so a retry with that idempotency key gets the same response.';
    const grade = gradeAnswer(question, answer);
    expect(grade.signals.hit.map((h) => h.id)).toEqual(['key', 'unique']);
    expect(grade.signals.missed.map((m) => m.id)).toEqual(['failure']);
    const key = grade.signals.hit.find((h) => h.id === 'key');
    // The quote is the sentence holding the most of the signal's cues.
    expect(key?.quote).toBe(
      'On the server a unique constraint on the key means a second insert fails, so a retry with that idempotency key gets the same response.',
    );
    expect(key?.cues).toEqual(['idempotency key', 'same response']);
    expectQuotesInAnswer(grade, answer);
  });

  it('does not count a negated cue as a signal', () => {
    const grade = gradeAnswer(question, 'We would not use an idempotency key or a unique constraint here.');
    expect(grade.signals.hit).toEqual([]);
    expect(grade.signals.missed).toHaveLength(3);
  });

  it('gives a cue inside a fragment less weight than one inside a real sentence', () => {
    const fragment = gradeAnswer(question, 'Idempotency key.').signals.hit[0];
    const sentence = gradeAnswer(question, 'The client sends the same idempotency key on every retry.').signals.hit[0];
    expect(fragment?.strength).toBeLessThan(sentence?.strength ?? 0);
  });

  it(
    'quotes exact substrings for every example answer in the bank',
    () => {
      for (const q of loadBuiltInBank()) {
        for (const answer of [q.exampleAnswers.strong, q.exampleAnswers.weak]) {
          const grade = gradeAnswer(q, answer);
          for (const hit of grade.signals.hit) expect(answer.includes(hit.quote), `${q.id}: ${hit.quote}`).toBe(true);
          expectQuotesInAnswer(grade, answer);
        }
      }
    },
    BANK_TIMEOUT,
  );
});
