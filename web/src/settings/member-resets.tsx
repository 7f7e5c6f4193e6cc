import { useState } from 'react';
import type { TIssuedPasswordReset, TMember } from '../../../src/shared/schemas/auth.js';
import { issuePasswordReset, listMembers } from '../api/members.js';
import { roleLabel } from '../format.js';
import { errorMessage, useLoad } from '../hooks/use-load.js';
import { dateTimeLabel } from '../panel-format.js';

/** The members of the organisation, each with a way to issue a password reset link (admins only). */
export function MemberResetsSection() {
  const members = useLoad('members', () => listMembers());
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <p className="muted">
        Someone who forgot their password gets a one-time link from you, valid for 60 minutes. Using it signs them out
        everywhere.
      </p>
      {members.state.status === 'ready' ? (
        <ul className="member-resets">
          {members.state.data.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </ul>
      ) : members.state.status === 'loading' ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : (
        <p className="form-error" role="alert">
          Could not load the members: {'message' in members.state ? members.state.message : 'not found'}
        </p>
      )}
    </section>
  );
}

function MemberRow({ member }: { member: TMember }) {
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<TIssuedPasswordReset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fieldId = `reset-link-${member.id}`;

  async function issue() {
    setBusy(true);
    setError(null);
    try {
      setLink(await issuePasswordReset(member.id));
    } catch (err) {
      setError(`Could not issue a link: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="member-resets__row">
      <div className="member-resets__who">
        <strong>{member.name}</strong> <span className="muted">{member.email}</span>{' '}
        <span className="muted">· {roleLabel(member.role)}</span>
      </div>
      <button type="button" className="button button--quiet" onClick={issue} disabled={busy} aria-busy={busy}>
        {link ? 'Issue a new link' : 'Password reset link'}
      </button>
      {link ? (
        <div className="field member-resets__link">
          <label htmlFor={fieldId}>
            Give this link to {member.name}; it is shown only now and works once, until {dateTimeLabel(link.expiresAt)}.
          </label>
          <input id={fieldId} type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
