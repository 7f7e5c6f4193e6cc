import { type FormEvent, useRef, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { createRole } from '../api/roles.js';
import { ErrorSummary } from '../editor/error-summary.js';
import { emptyRoleDraft, ROLE_FIELDS, type RoleDraft, roleProblems, toCreateRole } from '../loops/role-draft.js';
import { RoleForm } from '../loops/role-form.js';
import { type FormFailure, failureOf } from '../panel-errors.js';
import { canEditHiring } from '../permissions.js';
import { Link, navigate } from '../router.js';
import '../panel.css';

/** Props of NewRolePage. */
export interface NewRolePageProps {
  session: TSessionInfo;
}

/** Open a role: its loop is composed at once, then the role page shows it. */
export function NewRolePage({ session }: NewRolePageProps) {
  const [draft, setDraft] = useState<RoleDraft>(emptyRoleDraft);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  if (!canEditHiring(session.role)) {
    return (
      <div className="page-narrow">
        <h1>New role</h1>
        <p role="alert" className="form-error">
          Only admins, hiring managers and recruiters open roles.
        </p>
        <p>
          <Link to="/loops">← Roles &amp; loops</Link>
        </p>
      </div>
    );
  }

  function fail(next: FormFailure) {
    setFailure(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = roleProblems(draft);
    if (problems.length > 0) return fail({ title: 'Some fields need attention', problems });
    setSaving(true);
    setFailure(null);
    try {
      const role = await createRole(toCreateRole(draft));
      navigate(`/loops/${role.id}`);
    } catch (err) {
      setSaving(false);
      fail(failureOf(err, 'open the role', ROLE_FIELDS));
    }
  }

  return (
    <div className="page-narrow">
      <p className="back-link">
        <Link to="/loops">← Roles &amp; loops</Link>
      </p>
      <header className="page-header">
        <h1>New role</h1>
        <p className="lead">Caliper composes a loop for the level as soon as the role is open; you can then edit it.</p>
      </header>
      {failure ? (
        <ErrorSummary ref={summaryRef} title={failure.title} reason={failure.reason} problems={failure.problems} />
      ) : null}
      <form className="card editor" onSubmit={submit} noValidate>
        <RoleForm draft={draft} onChange={setDraft} />
        <div className="editor__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Opening the role…' : 'Open role and compose loop'}
          </button>
          <Link to="/loops" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
