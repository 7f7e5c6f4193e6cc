import { useCallback, useEffect, useRef, useState } from 'react';

/** What useElapsed returns: whole seconds used so far, and a reader for event handlers. */
export interface Elapsed {
  seconds: number;
  /** The seconds used right now (fresh, not the last render's). */
  read: () => number;
}

/**
 * Seconds spent on a question, counted from the wall clock (so a busy tab does not lose time),
 * starting from `initial` (time already recorded) and ticking while `running`.
 */
export function useElapsed(initial: number, running: boolean): Elapsed {
  const base = useRef(initial);
  const startedAt = useRef<number | null>(running ? Date.now() : null);
  const [seconds, setSeconds] = useState(initial);

  const read = useCallback(() => {
    const since = startedAt.current === null ? 0 : Date.now() - startedAt.current;
    return base.current + Math.floor(since / 1000);
  }, []);

  useEffect(() => {
    if (!running) {
      if (startedAt.current !== null) {
        base.current = read();
        startedAt.current = null;
      }
      return;
    }
    if (startedAt.current === null) startedAt.current = Date.now();
    const id = window.setInterval(() => setSeconds(read()), 250);
    return () => window.clearInterval(id);
  }, [running, read]);

  return { seconds, read };
}
