import type { TQuestion } from '../shared/schemas/question.js';

/** A complete, valid question; override any field. */
export function buildQuestion(overrides: Partial<TQuestion> = {}): TQuestion {
  const id = overrides.id ?? 'test-idempotent-payments';
  return {
    id,
    text: 'A mobile client retries a payment request after a timeout. How do you make sure the customer is charged once?',
    category: 'technical',
    levels: ['mid', 'senior'],
    topics: ['idempotency', 'api-design'],
    dimensions: ['fundamentals', 'system_design'],
    difficulty: 3,
    minutes: 15,
    shareInAdvance: true,
    source: 'original',
    license: 'MIT',
    lookFor: [
      {
        id: 'key',
        text: 'Uses a client-generated idempotency key stored with the result',
        dimension: 'fundamentals',
        cues: ['idempotency key', 'same response'],
      },
      {
        id: 'unique',
        text: 'Enforces uniqueness in the database, not only in memory',
        dimension: 'system_design',
        cues: ['unique constraint', 'transaction'],
      },
      {
        id: 'failure',
        text: 'Explains what happens when the first request is still running',
        dimension: 'system_design',
        cues: ['in flight', 'conflict'],
      },
    ],
    followUps: [
      {
        id: 'crash',
        text: 'And what happens when the server crashes after charging but before storing the key?',
        kind: 'failure',
        targets: ['failure'],
      },
      { id: 'scale', text: 'How long do you keep keys at ten thousand payments a minute?', kind: 'scale', targets: [] },
    ],
    commonMistakes: ['Deduplicating in process memory only', 'Using the timestamp as the key'],
    redFlags: ['Says retries never happen in practice'],
    outline: ['Clarify the retry behaviour', 'Key plus stored response', 'Atomic claim in the database'],
    exampleAnswers: {
      strong:
        'I would have the client send an idempotency key, a UUID generated once per payment attempt. The server claims the key with a unique constraint in the same transaction that records the charge, and stores the response, so a retry gets the same response instead of a second charge. If a retry arrives while the first is in flight, it gets a 409 and retries with backoff. I keep keys for 24 hours, which at ten thousand payments a minute is about fourteen million rows, fine for one indexed table.',
      weak: 'We would just check if the payment already exists and skip it. It is usually fine.',
    },
    ...overrides,
  };
}
