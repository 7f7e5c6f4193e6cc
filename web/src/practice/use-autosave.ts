import { useCallback, useEffect, useRef, useState } from 'react';

/** Where saving the draft has got to. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** What useAutosave returns. */
export interface Autosave {
  status: SaveStatus;
  /** The text changed: save it after a quiet moment. */
  change: (text: string) => void;
  /** Save any unsaved text now (on blur, on leaving). */
  flush: () => Promise<void>;
  /** Stop saving (before a submit) and wait for a save in flight. */
  stop: () => Promise<void>;
  /** Save again after `stop` (a failed submit). */
  resume: () => void;
}

/**
 * Autosave a draft: debounced while typing, at once on `flush`, one save at a time in order,
 * and whatever is unsaved when the component goes away.
 */
export function useAutosave(save: (text: string) => Promise<void>, delayMs = 1000): Autosave {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const saveRef = useRef(save);
  saveRef.current = save;
  const unsaved = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(false);
  const mounted = useRef(true);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const text = unsaved.current;
    if (text === null || stopped.current) return chain.current;
    unsaved.current = null;
    if (mounted.current) setStatus('saving');
    chain.current = chain.current
      .then(() => saveRef.current(text))
      .then(
        () => {
          if (mounted.current && unsaved.current === null) setStatus('saved');
        },
        () => {
          if (unsaved.current === null) unsaved.current = text;
          if (mounted.current) setStatus('error');
        },
      );
    return chain.current;
  }, []);

  const change = useCallback(
    (text: string) => {
      unsaved.current = text;
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  const stop = useCallback(async () => {
    window.clearTimeout(timer.current);
    stopped.current = true;
    unsaved.current = null;
    await chain.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { status, change, flush, stop, resume };
}
