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
      '--json',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.answers).toHaveLength(2);
    for (const a of out.answers) expect(a.grade.overall).toBeGreaterThanOrEqual(1);
  });
});
