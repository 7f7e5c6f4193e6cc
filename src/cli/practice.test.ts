import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../content/load-bank.js';
import { runCaliper as caliper } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'caliper-practice-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const question = loadBuiltInBank().find((q) => q.category === 'technical');

describe('caliper grade', () => {
  it("prints the grader's JSON with quotes taken from the answer", async () => {
    if (!question) throw new Error('no technical question');
    const file = join(dir, 'strong.txt');
    writeFileSync(file, question.exampleAnswers.strong);
    const { code, stdout } = await caliper('grade', '--question', question.id, '--answer-file', file, '--json');
    expect(code).toBe(0);
    const grade = JSON.parse(stdout);
    expect(grade.overall).toBeGreaterThanOrEqual(1);
    expect(grade.signals.hit.length).toBeGreaterThan(0);
    for (const h of grade.signals.hit) expect(question.exampleAnswers.strong).toContain(h.quote);
  });

  it('prints readable feedback without --json', async () => {
    if (!question) throw new Error('no technical question');
    const file = join(dir, 'weak.txt');
    writeFileSync(file, question.exampleAnswers.weak);
    const { code, stdout } = await caliper('grade', '--question', question.id, '--answer-file', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Overall: \d\.\d \/ 5/);
    expect(stdout).toContain('Missed:');
  });

  it.each([
    [['grade', '--question', 'nope', '--answer-file', 'x.txt'], 'no question with id nope'],
    [['grade', '--question', question?.id ?? '', '--answer-file', 'missing.txt'], 'no such file: missing.txt'],
    [['grade', '--answer-file', 'x.txt'], "required option '--question <id>' not specified"],
    [['practice', '--minutes', '5'], '--minutes must be a whole number from 15 to 60'],
    [['practice', '--track', 'gossip'], '--track must be one of'],
  ])('answers %j with one line and exit 1', async (args, message) => {
    const { code, stderr } = await caliper(...args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});

describe('caliper practice', () => {
  it('runs a scripted round from an answers file and grades every answer', async () => {
    const file = join(dir, 'answers.txt');
    writeFileSync(file, 'I would measure first.\n---\nWe rolled back within 5 minutes, then fixed forward.\n');
    const { code, stdout } = await caliper(
      'practice',
      '--level',
      'mid',
      '--track',
      'production-ownership',
      '--minutes',
      '30',
      '--answers-file',
      file,
      '--no-history',
      '--json',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.answers).toHaveLength(2);
    for (const a of out.answers) expect(a.grade.overall).toBeGreaterThanOrEqual(1);
  });

  it('answers the follow-up, ends with a summary, a plan whose items name their questions, and progress across rounds', async () => {
    const q = loadBuiltInBank().find((x) => x.id === 'api-idempotent-payments-retry');
    if (!q) throw new Error('the bank lacks api-idempotent-payments-retry');
    const history = join(dir, 'history.json');
    const file = join(dir, 'with-follow-up.txt');
    writeFileSync(file, `${q.exampleAnswers.weak}\n+++\n${q.exampleAnswers.strong}\n`);
    const args = [
      'practice',
      '--question',
      q.id,
      '--level',
      'mid',
      '--answers-file',
      file,
      '--history',
      history,
      '--days',
      '5',
    ];
    const first = await caliper(...args, '--json');
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.answers).toHaveLength(1);
    const [answer] = out.answers;
    expect(answer.followUp.answer).toContain(q.exampleAnswers.strong.slice(0, 40));
    expect(answer.followUp.grade.overall).toBeGreaterThan(answer.grade.overall);
    expect(out.plan.days).toHaveLength(5);
    const ids = new Set(loadBuiltInBank().map((x) => x.id));
    for (const day of out.plan.days) for (const item of day.practise) expect(ids.has(item.id)).toBe(true);

    const second = await caliper(...args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('After the follow-up:');
    expect(second.stdout).toContain('Round summary');
    expect(second.stdout).toContain('Progress, round by round:');
    expect(second.stdout).toMatch(/caliper practice --question [a-z0-9-]+/);
    // People read the rubric's words, never its slugs.
    expect(second.stdout).toContain('Trade-off reasoning');
    expect(second.stdout).not.toMatch(/tradeoff_reasoning|system_design|operational_judgment/);
  });

  it('refuses a question that is not in the public bank, or not at the level, with one line', async () => {
    const nope = await caliper('practice', '--question', 'no-such-question', '--no-history');
    expect(nope.code).toBe(1);
    expect(nope.stderr.trim()).toBe('caliper: no question with id no-such-question');
  });
});
