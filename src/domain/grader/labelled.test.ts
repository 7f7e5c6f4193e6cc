/**
 * The grader against a labelled set: answers written for bank questions and labelled 1-5 by
 * the rubric anchors before the grader was run (src/content/practice/labelled-answers.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBuiltInBank } from '../../content/load-bank.js';
import { CATEGORIES } from '../../shared/schemas/vocabulary.js';
import { gradeAnswer } from './grade.js';
import { spearman } from './stats.js';

/** Tests that grade the whole bank get room on a busy machine (speed is measured by the bench). */
const BANK_TIMEOUT = 60_000;

const ZLabelledAnswer = z.object({
  questionId: z.string(),
  label: z.number().int().min(1).max(5),
  answer: z.string().min(1),
  note: z.string().min(10),
});

const FILE = new URL('../../content/practice/labelled-answers.json', import.meta.url);
const labelled = z.array(ZLabelledAnswer).parse(JSON.parse(readFileSync(FILE, 'utf8')));
const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));

describe('labelled answers', () => {
  it('has at least 60 answers over many questions, all four categories and every label', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(60);
    const questions = new Set(labelled.map((l) => l.questionId));
    expect(questions.size).toBeGreaterThanOrEqual(20);
    for (const id of questions) expect(bank.has(id), id).toBe(true);
    const categories = new Set(labelled.map((l) => bank.get(l.questionId)?.category));
    expect([...categories].sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(labelled.map((l) => l.label)).size).toBe(5);
  });

  it(
    'grades in the same order as the labels (Spearman >= 0.75)',
    () => {
      const grades = labelled.map((l) => {
        const q = bank.get(l.questionId);
        if (!q) throw new Error(`unknown question ${l.questionId}`);
        return gradeAnswer(q, l.answer).overall;
      });
      const rho = spearman(
        grades,
        labelled.map((l) => l.label),
      );
      console.info(`grader vs labels: Spearman ${rho.toFixed(3)} over ${labelled.length} answers`);
      expect(rho).toBeGreaterThanOrEqual(0.75);
    },
    BANK_TIMEOUT,
  );
});
