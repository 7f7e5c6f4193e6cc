import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { roleLabel } from '../format.js';
import { isAdmin } from '../permissions.js';
import { Link } from '../router.js';
import { MemberResetsSection } from './member-resets.js';
import { OrgSettingsSection } from './org-settings-form.js';
import '../panel.css';
import './settings.css';

/** Props of SettingsPage. */
export interface SettingsPageProps {
  session: TSessionInfo;
}

/** Settings: who you are, and for admins how the organisation reports fairness and keeps data. */
export function SettingsPage({ session }: SettingsPageProps) {
  return (
    <div className="page-narrow settings-page">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="lead">How {session.organisation.name} uses Caliper.</p>
      </header>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">Your account</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{session.user.name}</dd>
          <dt>Email</dt>
          <dd>{session.user.email}</dd>
          <dt>Organisation</dt>
          <dd>{session.organisation.name}</dd>
          <dt>Role</dt>
          <dd>{roleLabel(session.role)}</dd>
        </dl>
      </section>
      {isAdmin(session.role) ? <OrgSettingsSection /> : null}
      {isAdmin(session.role) ? <MemberResetsSection /> : null}
      <p className="muted">
        How scores are produced and combined is on the <Link to="/methodology">methodology page</Link>.
      </p>
    </div>
  );
}
