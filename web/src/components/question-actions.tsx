import { useState } from 'react';
import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { ApiError } from '../api/client.js';
import { retireQuestion } from '../api/questions.js';
import { Link } from '../router.js';

/** Props of QuestionActions. */
export interface QuestionActionsProps {
  question: TQuestionDetail;
  canEdit: boolean;
  /** Called once the question is retired. */
  onRetired: () => void;
}

/** Edit and Retire for the organisation's own questions; a plain word that built-in ones are read-only. */
export function QuestionActions({ question, canEdit, onRetired }: QuestionActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (question.builtIn) {
    return (
      <div className="question-actions">
        <p className="muted">
          A built-in question: read-only.
          {canEdit ? (
            <>
              {' '}
              To adapt it, <Link to="/bank/new">add your own question</Link>.
            </>
          ) : null}
        </p>
      </div>
    );
  }
  if (question.retired) return null;
  if (!canEdit) {
    return (
      <div className="question-actions">
        <p className="muted">Admins, hiring managers and recruiters can edit your organisation’s questions.</p>
      </div>
    );
  }

  async function retire() {
    setPending(true);
    setError(null);
    try {
      await retireQuestion(question.id);
      setConfirming(false);
      onRetired();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="question-actions">
      {error ? (
        <p className="form-error" role="alert">
          Could not retire this question: {error}
        </p>
      ) : null}
      {confirming ? (
        <div className="confirm">
          <p>Retire this question? It leaves the bank; scorecards that used it keep their wording.</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={retire} disabled={pending}>
              {pending ? 'Retiring…' : 'Retire question'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <Link to={`/bank/${encodeURIComponent(question.id)}/edit`} className="button button--primary">
            Edit
          </Link>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Retire
          </button>
        </div>
      )}
    </div>
  );
}
