import { describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { gradeAnswer } from './grade.js';
import { debuggingQuestion } from './test-helpers.js';

/** Tests that grade the whole bank get room on a busy machine (speed is measured by the bench). */
const BANK_TIMEOUT = 60_000;

const question = debuggingQuestion();

describe('follow-up choice', () => {
  it('asks the failure probe when no failure mode was discussed', () => {
    const grade = gradeAnswer(
      question,
      'The median barely moved while the tail tripled, so a slice of requests got slower. I would measure with traces, check the SLO and tell my manager.',
    );
    expect(grade.followUp?.kind).toBe('failure');
    expect(grade.followUp?.id).toBe('still-slow');
    expect(grade.followUp?.reason).toMatch(/fails/);
  });

  it('otherwise asks about the most important missing evidence', () => {
    // Failure is discussed (timeouts, errors, alerts, rollback); the shape of the latency is not.
    const grade = gradeAnswer(
      question,
      'p99 is at 400 ms, so I would measure with traces and check the SLO, then tell my manager. If it fails, I roll back, and I alert on timeouts and errors.',
    );
    expect(grade.followUp?.id).toBe('which-slice');
    expect(grade.followUp?.targets).toEqual(['shape']);
    expect(grade.followUp?.reason).toContain('Reads the shape of the latency change');
  });

  it('weighs missing evidence by the rubric weight of its dimension at the level', () => {
    // Both the debugging signal "shape" and the operational signal "impact" are missing.
    const answer =
      'p99 is at 400 ms, so I would measure with traces. If it fails, I roll back, and I alert on timeouts and errors and the error rate.';
    // Mid weights debugging (0.25) above operational judgement (0.10): the depth probe on "shape" wins.
    expect(gradeAnswer(question, answer, { level: 'mid' }).followUp?.id).toBe('which-slice');
  });

  it('pushes further when nothing is missing', () => {
    const grade = gradeAnswer(
      question,
      'The median held steady at 35 ms while the tail grew to 400 ms, so only some requests got slower. I would measure with traces and check the SLO, then tell my manager. If it fails again I roll back, and I alert on timeouts and errors.',
    );
    expect(grade.signals.missed).toEqual([]);
    expect(grade.followUp?.reason).toMatch(/pushes further/);
  });

  it(
    'always picks one of the question’s own follow-ups for bank answers',
    () => {
      for (const q of loadBuiltInBank()) {
        const grade = gradeAnswer(q, q.exampleAnswers.weak);
        expect(q.followUps.map((f) => f.id)).toContain(grade.followUp?.id);
      }
    },
    BANK_TIMEOUT,
  );
});
