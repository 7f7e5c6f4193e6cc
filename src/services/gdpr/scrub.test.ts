import { describe, expect, it } from 'vitest';
import { ERASED, identityNeedles, scrubPayload, scrubScorecardContent } from './scrub.js';

describe('erasure scrubbing', () => {
  const needles = identityNeedles(['Ada Quux', 'ada.q@example.com', null, 'x']);

  it('keeps ids, timestamps, tokens, numbers and booleans; removes prose, identity and free-text keys', () => {
    const payload = {
      applicationId: '0b9f3f5e-6a43-4c1e-9a53-0f4b7f0c1d2e',
      decidedAt: '2026-11-23T10:00:00.000Z',
      outcome: 'reject',
      version: 2,
      ok: true,
      none: null,
      rationale: 'short',
      comment: 'they said the cache fixed it',
      who: 'Ada Quux',
      contact: 'ADA.Q@example.com',
      fields: ['email', 'phone'],
      before: [{ dimension: 'fundamentals', score: 3 }],
    };
    expect(scrubPayload(payload, needles)).toEqual({
      ...payload,
      rationale: ERASED,
      comment: ERASED,
      who: ERASED,
      contact: ERASED,
    });
  });

  it('blanks every free text of a scorecard and keeps its scores and recommendation', () => {
    const scrubbed = scrubScorecardContent({
      ratings: [{ dimension: 'debugging', score: 4, evidence: 'they bisected the deploys' }],
      questionNotes: [{ questionId: 'q1', note: 'asked about retries' }],
      notes: 'strong',
      redFlags: ['absolutes'],
      recommendation: 4,
    });
    expect(scrubbed).toEqual({
      ratings: [{ dimension: 'debugging', score: 4, evidence: '' }],
      questionNotes: [{ questionId: 'q1', note: '' }],
      notes: '',
      redFlags: [],
      recommendation: 4,
    });
  });

  it('ignores identity strings too short to search for', () => {
    expect(needles).toEqual(['ada quux', 'ada.q@example.com']);
  });
});
