/**
 * The validation corpus is whole and its split holds (docs/grader-validation.md): two labels
 * for every answer, test questions never in dev, every kind and both styles present, and every
 * derived answer linked to an answer of the same question.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_KINDS } from '../domain/grader/evaluation.js';
import { loadBuiltInBank } from './load-bank.js';
import { loadCorpus } from './load-corpus.js';

describe('the grader corpus', () => {
  const corpus = loadCorpus();
  const bank = new Map(loadBuiltInBank().map((q) => [q.id, q]));

  it('has at least 300 double-labelled answers over at least 40 bank questions in all four categories', () => {
    expect(corpus.unlabelledBatches).toEqual([]);
    expect(corpus.answers.length).toBeGreaterThanOrEqual(300);
    const questions = new Set(corpus.answers.map((a) => a.questionId));
    expect(questions.size).toBeGreaterThanOrEqual(40);
    for (const q of questions) expect(bank.has(q), q).toBe(true);
    expect(new Set([...questions].map((q) => bank.get(q)?.category)).size).toBe(4);
  });

  it('splits by question: no test question appears in dev', () => {
    const test = new Set(corpus.split.test);
    for (const q of corpus.split.dev) expect(test.has(q), q).toBe(false);
    expect(corpus.answers.filter((a) => a.split === 'test').length).toBeGreaterThanOrEqual(150);
  });

  it('holds every kind in both styles, and links each derived answer to its original', () => {
    expect(new Set(corpus.answers.map((a) => a.kind))).toEqual(new Set(ANSWER_KINDS));
    expect(new Set(corpus.answers.map((a) => a.style))).toEqual(new Set(['written', 'spoken']));
    const byId = new Map(corpus.answers.map((a) => [a.id, a]));
    for (const a of corpus.answers.filter((x) => ['paraphrase', 'keywords', 'denial'].includes(x.kind))) {
      expect(byId.get(a.derivedFrom ?? '')?.questionId, a.id).toBe(a.questionId);
    }
  });

  it('has signal labels for at least 100 answers, each naming signals of its own question', () => {
    const labelled = corpus.answers.filter((a) => a.labels.some((l) => l.signals.length > 0));
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    for (const a of labelled) {
      const ids = new Set(bank.get(a.questionId)?.lookFor.map((s) => s.id));
      for (const l of a.labels) for (const s of l.signals) expect(ids.has(s), `${a.id}: ${s}`).toBe(true);
    }
  });
});
