import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade.js';
import type { BehaviouralStructure, DesignStructure } from './structure.js';
import { behaviouralQuestion, designQuestion, expectQuotesInAnswer } from './test-helpers.js';

function star(answer: string): BehaviouralStructure {
  const grade = gradeAnswer(behaviouralQuestion(), answer);
  expectQuotesInAnswer(grade, answer);
  if (grade.structure.kind !== 'behavioural') throw new Error('expected a behavioural structure');
  return grade.structure;
}

function arc(answer: string): DesignStructure {
  const grade = gradeAnswer(designQuestion(), answer);
  expectQuotesInAnswer(grade, answer);
  if (grade.structure.kind !== 'design') throw new Error('expected a design structure');
  return grade.structure;
}

const FULL_STORY = [
  'Last March our order API started failing for about 12% of requests on a Tuesday morning.',
  'I was on call, so the first response was my job.',
  'I checked the dashboards, compared a failing pod with a healthy one and rolled back the config change.',
  'Errors were back to baseline after 22 minutes, and since then the synthetic check has caught two bad configs.',
].join(' ');

describe('behavioural structure (STAR)', () => {
  it('finds situation, task, action and a quantified result', () => {
    const s = star(FULL_STORY);
    expect(s.situation.present).toBe(true);
    expect(s.task.present).toBe(true);
    expect(s.action.present).toBe(true);
    expect(s.result.present).toBe(true);
    expect(s.resultQuantified).toBe(true);
    expect(s.task.quote).toBe('I was on call, so the first response was my job.');
  });

  it('reads explicit STAR labels', () => {
    const s = star(
      'Situation: our billing job failed every night. Task: I owned the fix. Action: I found a missing index and added it. Result: the job went from 3 hours to 40 minutes.',
    );
    expect(s.situation.quote).toBe('Situation: our billing job failed every night.');
    expect(s.result.quote).toBe('Result: the job went from 3 hours to 40 minutes.');
    expect(s.resultQuantified).toBe(true);
  });

  it('reports a missing situation', () => {
    expect(star('Fix it. Check logs. Done.').situation.present).toBe(false);
  });

  it('reports a missing task', () => {
    expect(star('We had an outage. It was bad. People were unhappy. It went away.').task.present).toBe(false);
  });

  it('reports missing action when the candidate never acts', () => {
    expect(star('There was an outage last year. The database was slow. It recovered by itself.').action.present).toBe(
      false,
    );
  });

  it('reports a missing result', () => {
    const s = star(
      'We had an outage a few months ago where requests were failing. I looked at the logs with the team.',
    );
    expect(s.result.present).toBe(false);
    expect(s.resultQuantified).toBe(false);
  });

  it('tells a quantified result from an unquantified one', () => {
    const base = 'I was on call when checkout broke. I checked the logs and I rolled back the deploy.';
    expect(star(`${base} Since then things have been much better.`).resultQuantified).toBe(false);
    expect(star(`${base} Since then the error rate dropped from 3% to 0.2%.`).resultQuantified).toBe(true);
    expect(star(`${base} Since then we have had zero incidents in 9 months.`).resultQuantified).toBe(true);
  });
});

describe('design structure (the design arc)', () => {
  const full = [
    'First I would clarify the goal: each payment intent charges at most once, at about 200 payments per second.',
    'The client sends an Idempotency-Key header to POST /payments, and the table has a unique constraint on (account_id, key).',
    'Stateless API nodes sit behind a load balancer with one Postgres primary.',
    'The hard part is two retries racing on two nodes, and the unique constraint decides that.',
    'The trade-off is retention: 24 hours instead of forever, at the cost of treating very late retries as new.',
    'If the provider times out, a reconciler asks it for the outcome, and we alert on stuck rows.',
  ].join(' ');

  it('finds every element of a complete arc', () => {
    const s = arc(full);
    expect(s.requirements.present).toBe(true);
    expect(s.entitiesApis.present).toBe(true);
    expect(s.architecture.present).toBe(true);
    expect(s.bottleneck.present).toBe(true);
    expect(s.tradeoffs.present).toBe(true);
    expect(s.failureObservability.present).toBe(true);
  });

  it('reports each missing element', () => {
    const s = arc('Just make it idempotent somehow and it will be fine for users.');
    expect(s.requirements.present).toBe(false);
    expect(s.entitiesApis.present).toBe(false);
    expect(s.architecture.present).toBe(false);
    expect(s.bottleneck.present).toBe(false);
    expect(s.tradeoffs.present).toBe(false);
    expect(s.failureObservability.present).toBe(false);
  });

  it('separates architecture without failure handling', () => {
    const s = arc('Stateless API nodes sit behind a load balancer and write to one Postgres primary.');
    expect(s.architecture.present).toBe(true);
    expect(s.failureObservability.present).toBe(false);
  });

  it('gives no prescribed shape to other questions', () => {
    const q = { ...designQuestion(), category: 'values' as const, dimensions: ['operational_judgment' as const] };
    expect(gradeAnswer(q, 'I would tell my manager the same day.').structure).toEqual({ kind: 'none' });
  });
});
