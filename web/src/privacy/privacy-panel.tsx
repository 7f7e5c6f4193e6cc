import type { TCandidate } from '../../../src/shared/schemas/panel.js';
import type { Role } from '../../../src/shared/schemas/vocabulary.js';
import { candidateExportHref } from '../api/privacy.js';
import { canRectify, canSeeDemographics, isAdmin } from '../permissions.js';
import { ConsentHistory } from './consent-history.js';
import { EraseDialog } from './erase-dialog.js';
import { RectifyForm } from './rectify-form.js';
import './privacy.css';

/** Props of PrivacyPanel. */
export interface PrivacyPanelProps {
  candidate: Pick<TCandidate, 'id' | 'name' | 'email' | 'phone'>;
  role: Role;
  onRectified: (details: { name: string; email: string; phone: string | null }) => void;
  onErased: () => void;
}

/**
 * The candidate's privacy rights on their page: a copy of everything held (admins), correction
 * (admins and recruiters), the consent history, and erasure (admins). Shows nothing to others.
 */
export function PrivacyPanel({ candidate, role, onRectified, onErased }: PrivacyPanelProps) {
  const admin = isAdmin(role);
  if (!admin && !canRectify(role)) return null;
  return (
    <section className="card privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p className="muted">
        The candidate may ask for a copy of what is held about them, have it corrected, or have it erased.
      </p>
      {admin ? (
        <p>
          <a className="button" href={candidateExportHref(candidate.id)} download={`candidate-${candidate.id}.json`}>
            Download everything held (JSON)
          </a>
        </p>
      ) : null}
      <RectifyForm candidate={candidate} onSaved={onRectified} />
      {canSeeDemographics(role) ? <ConsentHistory candidateId={candidate.id} /> : null}
      {admin ? (
        <div className="privacy__erase">
          <h3>Erase</h3>
          <p className="muted">Removes the person’s identity and free text everywhere; anonymous counts stay.</p>
          <EraseDialog candidateId={candidate.id} candidateName={candidate.name} onErased={onErased} />
        </div>
      ) : null}
    </section>
  );
}
