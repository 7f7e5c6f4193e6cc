import { useEffect } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TLoop } from '../../../src/shared/schemas/panel.js';
import { getLoop, getRole } from '../api/roles.js';
import { LoadProblem } from '../components/load-problem.js';
import { labelOf } from '../format.js';
import { useLoad } from '../hooks/use-load.js';
import { LoopBuilder } from '../loops/loop-builder.js';
import { RoleDetailsEditor } from '../loops/role-details-editor.js';
import { RoleSummary } from '../loops/role-summary.js';
import { statusLabel } from '../panel-format.js';
import { canEditHiring } from '../permissions.js';
import { Link } from '../router.js';
import '../panel.css';

/** Props of RolePage. */
export interface RolePageProps {
  id: string;
  session: TSessionInfo;
}

const BACK = { to: '/loops', label: 'Go to roles & loops' };

/** One role: its published band and warnings, and the loop builder. */
export function RolePage({ id, session }: RolePageProps) {
  const role = useLoad(`role/${id}`, (signal) => getRole(id, { signal }));
  const loop = useLoad(`loop/${id}`, (signal) => getLoop(id, { signal }));
  const editable = canEditHiring(session.role);

  useEffect(() => {
    if (role.state.status === 'ready') document.title = `${role.state.data.title} · Caliper`;
  }, [role.state]);

  function onLoopSaved(next: TLoop) {
    loop.replace(next);
    // The role's list fields (warnings count, loop version) follow the loop.
    if (role.state.status === 'ready') {
      role.replace({ ...role.state.data, warnings: next.warnings, loopVersion: next.version });
    }
  }

  return (
    <div className="role-page">
      <p className="back-link">
        <Link to="/loops">← Roles &amp; loops</Link>
      </p>
      {role.state.status !== 'ready' ? (
        <LoadProblem state={role.state} what="role" back={BACK} onRetry={role.retry} />
      ) : (
        <>
          <header className="page-header">
            <p className="eyebrow">
              {labelOf(role.state.data.level)} · {statusLabel(role.state.data.status)}
            </p>
            <h1>{role.state.data.title}</h1>
          </header>
          <RoleSummary
            role={role.state.data}
            bandWarnings={(loop.state.status === 'ready' ? loop.state.data.warnings : role.state.data.warnings).filter(
              (w) => w.code === 'band-level-mismatch',
            )}
          />
          {editable ? (
            <RoleDetailsEditor
              key={role.state.data.id}
              role={role.state.data}
              onUpdated={(next) => {
                role.replace(next);
                // A new band can change the loop's warnings.
                getLoop(id).then(loop.replace, () => undefined);
              }}
            />
          ) : null}
          {loop.state.status === 'ready' ? (
            <LoopBuilder roleId={id} loop={loop.state.data} editable={editable} onSaved={onLoopSaved} />
          ) : (
            <LoadProblem state={loop.state} what="loop" back={BACK} onRetry={loop.retry} />
          )}
        </>
      )}
    </div>
  );
}
