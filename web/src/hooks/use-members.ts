import { useEffect, useState } from 'react';
import type { TMember } from '../../../src/shared/schemas/auth.js';
import { listMembers } from '../api/members.js';
import { errorMessage } from './use-load.js';

/** The organisation's members once loaded, or why they could not be. */
export type MembersState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; members: TMember[] };

/** Load the organisation's members (fetched once per page load and shared). */
export function useMembers(): MembersState {
  const [state, setState] = useState<MembersState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    listMembers()
      .then((members) => {
        if (live) setState({ status: 'ready', members });
      })
      .catch((err: unknown) => {
        if (live) setState({ status: 'error', message: errorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
