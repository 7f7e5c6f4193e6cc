import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/schemas/vocabulary.js';
import { canSeeOthers } from './visibility.js';

const base = { onPanel: false, ownSubmitted: false, allSubmitted: false, debriefOpen: false } as const;

describe('who sees other interviewers’ scores', () => {
  it('a panellist, of any role, only after submitting their own', () => {
    for (const role of ROLES) {
      expect(canSeeOthers({ ...base, role, onPanel: true, allSubmitted: true, debriefOpen: true })).toBe(false);
      expect(canSeeOthers({ ...base, role, onPanel: true, ownSubmitted: true })).toBe(true);
    }
  });

  it('a decider off the panel once all are in or the debrief is open', () => {
    for (const role of ['admin', 'hiring_manager'] as const) {
      expect(canSeeOthers({ ...base, role })).toBe(false);
      expect(canSeeOthers({ ...base, role, allSubmitted: true })).toBe(true);
      expect(canSeeOthers({ ...base, role, debriefOpen: true })).toBe(true);
    }
  });

  it('an interviewer off the panel never', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (ownSubmitted, allSubmitted, debriefOpen) => {
        expect(canSeeOthers({ role: 'interviewer', onPanel: false, ownSubmitted, allSubmitted, debriefOpen })).toBe(
          false,
        );
      }),
    );
  });
});
