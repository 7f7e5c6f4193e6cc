import { describe, expect, it } from 'vitest';
import { anonymiseText, type Identities } from './anonymise.js';
import { divergenceReport, FLAG_THRESHOLD, medianReference } from './divergence.js';

const who: Identities = {
  candidate: { name: 'Casey Jones', email: 'Casey.Jones@Example.com', phone: '+44 20 7946 0958' },
  interviewers: ['Ines Park', 'Will Ortega'],
};

describe('anonymiseText', () => {
  it('removes the candidate’s full name, each part of it, and their possessive', () => {
    const out = anonymiseText(
      "Casey Jones walked me through it; Casey's plan was sound and Jones named the index.",
      who,
    );
    expect(out).toBe("[candidate] walked me through it; [candidate]'s plan was sound and [candidate] named the index.");
  });

  it('removes the candidate’s email and phone as stored, and any other email or phone number', () => {
    const out = anonymiseText(
      'Reach them at casey.jones@example.com or +44 20 7946 0958; their referee is ref@corp.io, (555) 123-4567.',
      who,
    );
    expect(out).not.toMatch(/casey|7946|corp\.io|123-4567/i);
    expect(out).toBe('Reach them at [email] or [phone]; their referee is [email], [phone].');
  });

  it('keeps figures that are not phone numbers: sizes, latencies, years', () => {
    const text = 'They sized it at 2,000 writes a second, p99 of 450 ms, 10000 rows, since 2019.';
    expect(anonymiseText(text, who)).toBe(text);
  });

  it('removes panellists’ names only where capitalised, so ordinary words survive', () => {
    const out = anonymiseText('Will asked the follow-up; the candidate will retry. Ines Park agreed with Ortega.', who);
    expect(out).toBe(
      '[interviewer] asked the follow-up; the candidate will retry. [interviewer] agreed with [interviewer].',
    );
  });

  it('matches whole words only, including names with letters outside ASCII', () => {
    const out = anonymiseText('Zoë explained the Zoëtrope cache; Jonesy is unrelated.', {
      candidate: { name: 'Zoë Brandt' },
      interviewers: [],
    });
    expect(out).toBe('[candidate] explained the Zoëtrope cache; Jonesy is unrelated.');
  });

  it('leaves text with nothing identifying unchanged', () => {
    const text = 'They reproduced the slow query with EXPLAIN before adding an index.';
    expect(anonymiseText(text, who)).toBe(text);
  });
});

describe('medianReference', () => {
  it('is the median rounded to a whole score, halves up, and null with no scores', () => {
    expect(medianReference([2, 5, 3])).toBe(3);
    expect(medianReference([3, 4])).toBe(4);
    expect(medianReference([2, 3, 3, 5])).toBe(3);
    expect(medianReference([])).toBeNull();
  });
});

describe('divergenceReport (hand-checked example)', () => {
  // Reference: debugging 3, system design 4. D has not submitted.
  //   A: debugging 5, design 4   B: debugging 3, design 3   C: debugging 2, design 4
  // A debugging: others (3+2)/2 = 2.5 -> +2.5 from panel; 5-3 = +2 from reference (flagged).
  // A design: others (3+4)/2 = 3.5 -> +0.5; 4-4 = 0. A overall: |2.5|,|0.5| -> 1.5; |2|,|0| -> 1.
  // B debugging: (5+2)/2 = 3.5 -> -0.5; 0. B design: (4+4)/2 = 4 -> -1; -1. B: 0.75 and 0.5.
  // C debugging: (5+3)/2 = 4 -> -2; -1 (2 from the panel, but not flagged: the flag is about the reference).
  // C design: 3.5 -> +0.5; 0. C: 1.25 and 0.5.
  const report = divergenceReport(
    ['debugging', 'system_design'],
    { debugging: 3, system_design: 4 },
    [
      { userId: 'A', scores: { debugging: 5, system_design: 4 } },
      { userId: 'B', scores: { debugging: 3, system_design: 3 } },
      { userId: 'C', scores: { debugging: 2, system_design: 4 } },
      { userId: 'D', scores: null },
    ],
    (d) => (d === 'debugging' ? 'Debugging under ambiguity' : 'System design'),
  );
  const byId = Object.fromEntries(report.participants.map((p) => [p.userId, p]));

  it('sets each score against the mean of the others and the reference', () => {
    expect(byId.A?.dimensions).toEqual([
      {
        dimension: 'debugging',
        score: 5,
        panelMean: 2.5,
        reference: 3,
        fromPanel: 2.5,
        fromReference: 2,
        flagged: true,
      },
      {
        dimension: 'system_design',
        score: 4,
        panelMean: 3.5,
        reference: 4,
        fromPanel: 0.5,
        fromReference: 0,
        flagged: false,
      },
    ]);
    expect(byId.C?.dimensions.map((d) => [d.fromPanel, d.fromReference, d.flagged])).toEqual([
      [-2, -1, false],
      [0.5, 0, false],
    ]);
  });

  it('gives each participant’s mean absolute divergence', () => {
    expect([byId.A, byId.B, byId.C].map((p) => [p?.meanAbsFromPanel, p?.meanAbsFromReference])).toEqual([
      [1.5, 1],
      [0.75, 0.5],
      [1.25, 0.5],
    ]);
  });

  it('says in words which scores sit a point and a half or more from the reference', () => {
    expect(FLAG_THRESHOLD).toBe(1.5);
    expect(byId.A?.flags).toEqual(['Debugging under ambiguity: scored 5, 2 points above the reference of 3']);
    expect(byId.B?.flags).toEqual([]);
    expect(byId.C?.flags).toEqual([]);
  });

  it('leaves out a participant who has not submitted, and summarises the panel per dimension', () => {
    expect(byId.D).toMatchObject({ submitted: false, dimensions: [], meanAbsFromPanel: null, flags: [] });
    expect(report.dimensions).toEqual([
      { dimension: 'debugging', reference: 3, mean: 3.33, count: 3 },
      { dimension: 'system_design', reference: 4, mean: 3.67, count: 3 },
    ]);
  });

  it('has no panel mean for a lone submitter and flags below the reference too', () => {
    const lone = divergenceReport(['fundamentals'], { fundamentals: 4 }, [
      { userId: 'A', scores: { fundamentals: 2 } },
      { userId: 'B', scores: null },
    ]);
    expect(lone.participants[0]).toMatchObject({
      meanAbsFromPanel: null,
      meanAbsFromReference: 2,
      flags: ['fundamentals: scored 2, 2 points below the reference of 4'],
    });
  });
});
