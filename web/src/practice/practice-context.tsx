import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { ApiError } from '../api/client.js';
import type { PracticeWho } from '../api/practice.js';

/** What every practice screen needs: who is practising, and how to read a failure. */
export interface PracticeSession {
  who: PracticeWho;
  /** "local" without an account, "account" when signed in. */
  mode: 'local' | 'account';
  /** A failure as one calm sentence; a lost local profile also sends the visitor back to the start. */
  problem: (err: unknown) => string;
}

const PracticeContext = createContext<PracticeSession | null>(null);

/** Props of PracticeProvider. */
export interface PracticeProviderProps {
  secret: string | null;
  /** Called when the local profile no longer exists on the server. */
  onProfileLost: () => void;
  children: ReactNode;
}

/** Provides the practice session to the screens below. */
export function PracticeProvider({ secret, onProfileLost, children }: PracticeProviderProps) {
  const problem = useCallback(
    (err: unknown) => {
      if (err instanceof ApiError) {
        if (err.status === 401 && secret) {
          onProfileLost();
          return 'This practice profile no longer exists.';
        }
        return err.message.charAt(0).toUpperCase() + err.message.slice(1);
      }
      return 'Something went wrong. Try again in a moment.';
    },
    [secret, onProfileLost],
  );
  const value = useMemo<PracticeSession>(
    () => ({ who: { secret }, mode: secret ? 'local' : 'account', problem }),
    [secret, problem],
  );
  return <PracticeContext.Provider value={value}>{children}</PracticeContext.Provider>;
}

/** The practice session; only inside PracticeProvider. */
export function usePractice(): PracticeSession {
  const session = useContext(PracticeContext);
  if (!session) throw new Error('usePractice needs a PracticeProvider');
  return session;
}

/** For a load's catch: lets `problem` see the failure (a lost local profile), then fails as before. */
export function noticeLoss(problem: (err: unknown) => string): (err: unknown) => never {
  return (err) => {
    problem(err);
    throw err;
  };
}
