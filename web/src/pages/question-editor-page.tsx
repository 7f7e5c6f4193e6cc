import { useMemo } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { emptyForm, formFromQuestion } from '../editor/draft.js';
import { QuestionForm } from '../editor/question-form.js';
import { truncate } from '../format.js';
import { useQuestion } from '../hooks/use-question.js';
import { canEditQuestions } from '../permissions.js';
import { Link } from '../router.js';
import { QuestionLoadProblem } from './question-load-problem.js';

/** Props of QuestionEditorPage: no id to add a question, an id to edit one. */
export interface QuestionEditorPageProps {
  session: TSessionInfo;
  id?: string;
}

/** Add or edit one of the organisation's questions (loaded on demand: the editor is the heaviest page). */
export function QuestionEditorPage({ session, id }: QuestionEditorPageProps) {
  const title = id ? 'Edit question' : 'Add a question';
  if (!canEditQuestions(session.role)) {
    return (
      <div className="page-narrow">
        <p className="back-link">
          <Link to={id ? `/bank/${encodeURIComponent(id)}` : '/bank'}>
            ← {id ? 'Back to the question' : 'Question bank'}
          </Link>
        </p>
        <h1>{title}</h1>
        <div className="notice" role="status">
          <p className="notice__title">You don’t have permission to {id ? 'edit' : 'add'} questions.</p>
          <p>Admins, hiring managers and recruiters write your organisation’s questions. Ask one of them to add it.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="editor-page">
      <p className="back-link">
        <Link to={id ? `/bank/${encodeURIComponent(id)}` : '/bank'}>
          ← {id ? 'Back to the question' : 'Question bank'}
        </Link>
      </p>
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">
          {id
            ? 'Your edit becomes a new version; scorecards keep the wording they used.'
            : 'A question for your organisation’s bank. Caliper checks it as you type: job-related, fair, and gradeable.'}
        </p>
      </header>
      {id ? <EditExisting id={id} /> : <QuestionForm initial={emptyForm()} />}
    </div>
  );
}

function EditExisting({ id }: { id: string }) {
  const { state, retry } = useQuestion(id);
  if (state.status !== 'ready') return <QuestionLoadProblem state={state} id={id} onRetry={retry} />;
  return <EditReady question={state.question} />;
}

function EditReady({ question }: { question: TQuestionDetail }) {
  const initial = useMemo(() => formFromQuestion(question), [question]);
  if (question.builtIn || question.retired) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">
          {question.builtIn ? 'Built-in questions are read-only.' : 'This question is retired and cannot be edited.'}
        </p>
        <p>
          “{truncate(question.text, 120)}” {question.builtIn ? 'belongs to the shared bank.' : ''} You can{' '}
          <Link to="/bank/new">add your own question</Link> instead.
        </p>
      </div>
    );
  }
  return <QuestionForm initial={initial} editingId={question.id} />;
}
