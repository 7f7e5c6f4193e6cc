import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { PlaceholderPage } from '../components/placeholder-page.js';
import { roleLabel } from '../format.js';

/** Props of SettingsPage. */
export interface SettingsPageProps {
  session: TSessionInfo;
}

/** Settings: members, tokens and scoring weights. Not built yet; shows who you are. */
export function SettingsPage({ session }: SettingsPageProps) {
  return (
    <PlaceholderPage
      title="Settings"
      lead={`How ${session.organisation.name} uses Caliper.`}
      coming={[
        'Members of your organisation and their roles.',
        'API tokens for scripts and the caliper command line.',
        'Scoring dimensions and their weights: the defaults ship, and your organisation can change them.',
      ]}
    >
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
    </PlaceholderPage>
  );
}
