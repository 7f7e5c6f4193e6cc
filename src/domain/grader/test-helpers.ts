/**
 * Questions and assertions shared by the grader's tests (not used by production code).
 */
import { expect } from 'vitest';
import type { TQuestion } from '../../shared/schemas/question.js';
import { buildQuestion } from '../../test/factories.js';
import { type Grade, gradeAnswer } from './grade.js';

/** A latency mystery: debugging and operational judgement, where fix-first is the trap. */
export function debuggingQuestion(): TQuestion {
  return buildQuestion({
    id: 'test-latency-mystery',
    text: 'p99 latency of the search API tripled yesterday with no deploy. Walk me through your first hour.',
    category: 'situational',
    topics: ['debugging', 'performance'],
    dimensions: ['debugging', 'operational_judgment'],
    lookFor: [
      {
        id: 'shape',
        text: 'Reads the shape of the latency change',
        dimension: 'debugging',
        cues: ['median', 'tail'],
        phrasings: ['The median held steady while the tail grew, so only some requests got slower.'],
      },
      {
        id: 'measure',
        text: 'Measures before changing anything',
        dimension: 'debugging',
        cues: ['measure', 'trace'],
        phrasings: ['I would measure with traces before I change anything.'],
      },
      {
        id: 'impact',
        text: 'Checks user impact and tells the manager',
        dimension: 'operational_judgment',
        cues: ['slo', 'my manager'],
        phrasings: ['I check the SLO to see how many users are affected and tell my manager.'],
      },
    ],
    followUps: [
      { id: 'still-slow', text: 'Your fix is out and p99 is still 400 ms. What now?', kind: 'failure', targets: [] },
      { id: 'which-slice', text: 'Which requests got slower, and how do you know?', kind: 'depth', targets: ['shape'] },
      { id: 'what-impact', text: 'Who is affected, and is it an incident?', kind: 'evidence', targets: ['impact'] },
    ],
  });
}

/** A "tell me about a time" question: STAR with a quantified result is expected. */
export function behaviouralQuestion(): TQuestion {
  return buildQuestion({
    id: 'test-last-incident',
    text: 'Tell me about the last production incident you were involved in and what changed afterwards.',
    category: 'behavioural',
    topics: ['incidents'],
    dimensions: ['operational_judgment', 'debugging'],
    lookFor: [
      {
        id: 'own-part',
        text: 'Describes their own part',
        dimension: 'operational_judgment',
        cues: ['i was', 'my role'],
      },
      { id: 'cause', text: 'Explains how the cause was found', dimension: 'debugging', cues: ['logs', 'root cause'] },
      {
        id: 'change',
        text: 'Names what changed afterwards',
        dimension: 'operational_judgment',
        cues: ['since then', 'alert'],
      },
    ],
    followUps: [
      { id: 'again', text: 'Could the same thing happen tonight?', kind: 'failure', targets: ['change'] },
      { id: 'numbers', text: 'How many customers were affected?', kind: 'result', targets: [] },
    ],
  });
}

/** A design question with the factory's idempotency signals. */
export function designQuestion(): TQuestion {
  return buildQuestion({ id: 'test-design-payments' });
}

/** Ids of the anti-patterns found in an answer. */
export function antiPatternIds(question: TQuestion, answer: string): string[] {
  return gradeAnswer(question, answer).antiPatterns.map((p) => p.id);
}

/** Every quote in a grade (signals, anti-patterns, structure) is an exact substring of the answer. */
export function expectQuotesInAnswer(grade: Grade, answer: string): void {
  const quotes: string[] = [
    ...grade.signals.hit.map((h) => h.quote),
    ...grade.antiPatterns.map((p) => p.quote),
    ...Object.values(grade.structure).flatMap((v) =>
      typeof v === 'object' && v !== null && 'quote' in v && typeof v.quote === 'string' ? [v.quote] : [],
    ),
  ];
  for (const q of quotes) {
    expect(q.length).toBeGreaterThan(0);
    expect(answer.includes(q)).toBe(true);
    expect(q).toBe(q.trim());
  }
}
