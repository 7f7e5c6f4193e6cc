import { useEffect, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TRole } from '../../../src/shared/schemas/panel.js';
import { listRoles } from '../api/roles.js';
import { labelOf, plural } from '../format.js';
import { errorMessage, isAbort } from '../hooks/use-load.js';
import { bandLabel, statusLabel } from '../panel-format.js';
import { canEditHiring } from '../permissions.js';
import { Link } from '../router.js';
import '../panel.css';

/** Props of LoopsPage. */
export interface LoopsPageProps {
  session: TSessionInfo;
}

interface ListState {
  items: TRole[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
}

/** Roles & loops: every open requisition with its published band, its loop's health and its applications. */
export function LoopsPage({ session }: LoopsPageProps) {
  const [state, setState] = useState<ListState>({ items: [], nextCursor: null, loading: true, error: null });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on retry
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    listRoles({ signal: controller.signal })
      .then((page) => setState({ items: page.items, nextCursor: page.nextCursor, loading: false, error: null }))
      .catch((err: unknown) => {
        if (!isAbort(err)) setState({ items: [], nextCursor: null, loading: false, error: errorMessage(err) });
      });
    return () => controller.abort();
  }, [attempt]);

  async function loadMore() {
    if (!state.nextCursor) return;
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      const page = await listRoles({ cursor: state.nextCursor });
      setState((s) => ({
        items: [...s.items, ...page.items],
        nextCursor: page.nextCursor,
        loading: false,
        error: null,
      }));
    } catch (err) {
      setState((s) => ({ ...s, loading: false, error: errorMessage(err) }));
    }
  }

  const editor = canEditHiring(session.role);
  return (
    <div className="roles">
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Roles &amp; loops</h1>
          <p className="lead">
            Each role publishes its pay band and gets a loop calibrated to its level: the same questions, in the same
            order, for every candidate at a stage.
          </p>
        </div>
        {editor ? (
          <Link to="/loops/new" className="button button--primary">
            New role
          </Link>
        ) : null}
      </header>
      {state.error ? (
        <div className="banner banner--error" role="alert">
          <span>Could not load roles: {state.error}</span>
          <button type="button" className="button button--quiet" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      ) : null}
      {state.loading && state.items.length === 0 ? (
        <p className="muted" role="status">
          Loading roles…
        </p>
      ) : null}
      {!state.loading && !state.error && state.items.length === 0 ? (
        <p className="card">
          No roles yet.{' '}
          {editor
            ? 'Open one with “New role”: its loop is composed at once.'
            : 'An admin, hiring manager or recruiter opens them.'}
        </p>
      ) : null}
      {state.items.length > 0 ? <RoleTable roles={state.items} /> : null}
      {state.nextCursor ? (
        <p className="load-more">
          <button type="button" className="button" onClick={loadMore} disabled={state.loading}>
            {state.loading ? 'Loading…' : 'Show more roles'}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function RoleTable({ roles }: { roles: TRole[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Roles</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Level</th>
            <th scope="col">Published band</th>
            <th scope="col">Status</th>
            <th scope="col">Applications</th>
            <th scope="col">Loop checks</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <th scope="row">
                <Link to={`/loops/${role.id}`}>{role.title}</Link>
                <span className="data-table__sub">
                  {role.location}
                  {role.remote && !/remote/i.test(role.location) ? ' · remote' : ''}
                </span>
              </th>
              <td>{labelOf(role.level)}</td>
              <td>{bandLabel(role.band)}</td>
              <td>
                <span className={`status-pill status-pill--${role.status}`}>{statusLabel(role.status)}</span>
              </td>
              <td>{role.applications}</td>
              <td>
                {role.warnings.length === 0 ? (
                  <span className="check check--ok">No warnings</span>
                ) : (
                  <span className="check check--warn">{plural(role.warnings.length, 'warning')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
