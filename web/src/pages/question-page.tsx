import { useEffect, useId } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { FollowUpList } from '../components/follow-up-list.js';
import { QuestionActions } from '../components/question-actions.js';
import { QuestionFacts } from '../components/question-facts.js';
import { QuestionHeading } from '../components/question-heading.js';
import { RubricAnchors } from '../components/rubric-anchors.js';
import { SignalGroups } from '../components/signal-groups.js';
import { TextListSection } from '../components/text-list-section.js';
import { truncate } from '../format.js';
import { useQuestion } from '../hooks/use-question.js';
import { useRubric } from '../hooks/use-rubric.js';
import { canEditQuestions } from '../permissions.js';
import { Link } from '../router.js';
import { QuestionLoadProblem } from './question-load-problem.js';

/** Props of QuestionPage. */
export interface QuestionPageProps {
  id: string;
  session: TSessionInfo;
}

/** One question with everything an interviewer needs: what to listen for, what to ask next, how to score. */
export function QuestionPage({ id, session }: QuestionPageProps) {
  const { state, retry, replace } = useQuestion(id);

  useEffect(() => {
    if (state.status === 'ready') document.title = `${truncate(state.question.text, 60)} · Caliper`;
  }, [state]);

  return (
    <div className="question-page">
      <p className="back-link">
        <Link to="/bank">← Question bank</Link>
      </p>
      {state.status === 'ready' ? (
        <QuestionView
          question={state.question}
          canEdit={canEditQuestions(session.role)}
          onRetired={() => replace({ ...state.question, retired: true })}
        />
      ) : (
        <QuestionLoadProblem state={state} id={id} onRetry={retry} />
      )}
    </div>
  );
}

interface QuestionViewProps {
  question: TQuestionDetail;
  canEdit: boolean;
  onRetired: () => void;
}

function QuestionView({ question, canEdit, onRetired }: QuestionViewProps) {
  const ids = { signals: useId(), followUps: useId(), about: useId(), anchors: useId(), examples: useId() };
  const rubric = useRubric();
  const examples = question.exampleAnswers;
  return (
    <article>
      <QuestionHeading question={question} />
      {question.retired ? (
        <p className="banner banner--notice" role="status">
          This question is retired: it no longer appears in the bank. Scorecards that used it keep its wording.
        </p>
      ) : null}
      <div className="question-layout">
        <div className="question-layout__main">
          <section className="question-section" aria-labelledby={ids.signals}>
            <h2 id={ids.signals}>What to listen for</h2>
            {question.lookFor.length === 0 ? (
              <p className="muted">
                No look-for signals yet. Add at least three so interviewers know what a good answer sounds like.
              </p>
            ) : null}
            <SignalGroups signals={question.lookFor} dimensions={question.dimensions} />
          </section>
          <section className="question-section" aria-labelledby={ids.followUps}>
            <h2 id={ids.followUps}>Follow-ups</h2>
            {question.followUps.length === 0 ? (
              <p className="muted">No follow-ups yet, not even “and what happens when that fails?”.</p>
            ) : (
              <>
                <p className="muted">
                  Ask them in order. A crisp first answer that turns vague at “and when that fails?” is the
                  second-follow-up fade.
                </p>
                <FollowUpList followUps={question.followUps} />
              </>
            )}
          </section>
          <TextListSection title="Common mistakes" items={question.commonMistakes} tone="mistakes" />
          <TextListSection title="Red flags" items={question.redFlags} tone="red-flags" />
          <TextListSection title="A strong answer covers" items={question.outline} ordered tone="outline" />
          {examples ? (
            <section className="question-section" aria-labelledby={ids.examples}>
              <h2 id={ids.examples}>Example answers</h2>
              <details className="example">
                <summary>Example strong answer</summary>
                <p className="example__text">{examples.strong}</p>
              </details>
              <details className="example example--weak">
                <summary>Example weak answer</summary>
                <p className="example__text">{examples.weak}</p>
              </details>
            </section>
          ) : null}
        </div>
        <aside className="question-layout__aside card" aria-labelledby={ids.about}>
          <h2 id={ids.about}>About this question</h2>
          <QuestionFacts question={question} />
          <QuestionActions question={question} canEdit={canEdit} onRetired={onRetired} />
        </aside>
      </div>
      <section className="question-section anchors-section" aria-labelledby={ids.anchors}>
        <h2 id={ids.anchors}>Scoring anchors</h2>
        <p className="muted">
          What each score looks like on this question’s dimensions. Score every dimension with one sentence of evidence
          before you see anyone else’s scores.
        </p>
        {rubric.status === 'ready' ? (
          <RubricAnchors rubric={rubric.rubric} dimensions={question.dimensions} levels={question.levels} />
        ) : rubric.status === 'error' ? (
          <p className="form-error" role="alert">
            Could not load the rubric: {rubric.message}
          </p>
        ) : (
          <p className="muted" role="status">
            Loading the rubric…
          </p>
        )}
      </section>
    </article>
  );
}
