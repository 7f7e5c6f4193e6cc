import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scorecard, ScorecardBody } from '../api/scorecards.js';
import { saveScorecardDraft } from '../api/scorecards.js';
import { errorMessage } from '../hooks/use-load.js';

/** Where autosaving has got to. */
export type SaveStatus =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; message: string };

/** What useDraftAutosave returns. */
export interface DraftAutosave {
  save: SaveStatus;
  /** Queue a save of this body in about a second (later calls replace it). */
  schedule: (body: ScorecardBody) => void;
  /** Drop any queued save (before a submission, which carries the body itself). */
  cancel: () => void;
}

const DELAY_MS = 1000;

/** Debounced autosave of the interviewer's draft; `onSaved` gets the stored scorecard. */
export function useDraftAutosave(interviewId: string, onSaved: (card: Scorecard) => void): DraftAutosave {
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    generation.current++;
  }, []);

  const schedule = useCallback(
    (body: ScorecardBody) => {
      window.clearTimeout(timer.current);
      const mine = ++generation.current;
      setSave({ status: 'pending' });
      timer.current = window.setTimeout(() => {
        setSave({ status: 'saving' });
        saveScorecardDraft(interviewId, body)
          .then((card) => {
            if (mine !== generation.current) return;
            setSave({ status: 'saved', at: card.updatedAt });
            onSavedRef.current(card);
          })
          .catch((err: unknown) => {
            if (mine !== generation.current) return;
            setSave({ status: 'error', message: errorMessage(err) });
          });
      }, DELAY_MS);
    },
    [interviewId],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { save, schedule, cancel };
}
