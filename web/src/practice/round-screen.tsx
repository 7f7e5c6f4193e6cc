import { useEffect, useRef, useState } from 'react';
import { fetchRound, type PracticeRound } from '../api/practice.js';
import { labelOf } from '../format.js';
import { useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { noticeLoss, usePractice } from './practice-context.js';
import { minutesWords, TRACKS } from './practice-format.js';
import { QuestionStep } from './question-step.js';
import { RoundStepper } from './round-stepper.js';
import { RoundSummary } from './round-summary.js';

/** Props of RoundScreen. */
export interface RoundScreenProps {
  roundId: string;
}

/** The first question not yet submitted, or the summary when all are. */
function firstOpenStep(round: PracticeRound): number {
  const open = round.questions.findIndex((q) => !round.answers.find((a) => a.questionId === q.id)?.submitted);
  return open < 0 ? round.questions.length : open;
}

/** The round with a draft recorded on one of its open answers (so revisiting the question shows it). */
function withDraft(round: PracticeRound, questionId: string, answer: string, elapsedSeconds: number): PracticeRound {
  return {
    ...round,
    answers: round.answers.map((a) =>
      a.questionId === questionId && !a.submitted ? { ...a, answer, elapsedSeconds } : a,
    ),
  };
}

function RoundView({ initial }: { initial: PracticeRound }) {
  const [round, setRound] = useState(initial);
  const [step, setStep] = useState(() => firstOpenStep(initial));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = round.questions[step];
  const answer = round.answers.find((a) => a.questionId === question?.id);

  // After moving between steps, start screen readers and keyboards at the new step's heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every step change by design
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [step]);

  function go(next: number) {
    moved.current = true;
    setStep(next);
  }

  return (
    <div className="round">
      <header className="round__header">
        <p className="eyebrow">
          Practice round · {labelOf(round.level)} · {TRACKS[round.track].label} · {minutesWords(round.minutes)}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {question ? `Question ${step + 1} of ${round.questions.length}` : 'Round summary'}
        </h1>
        <p className="practice-label practice-label--round">{round.label}</p>
      </header>
      <RoundStepper round={round} step={step} onStep={go} />
      {question && answer ? (
        <QuestionStep
          key={question.id}
          round={round}
          question={question}
          answer={answer}
          isLast={step === round.questions.length - 1}
          onRound={setRound}
          onDraft={(text, elapsed) => setRound((r) => withDraft(r, question.id, text, elapsed))}
          onNext={() => go(step + 1)}
        />
      ) : (
        <RoundSummary round={round} />
      )}
    </div>
  );
}

/** A practice round: its questions one at a time under the clock, the coach's feedback, and a summary. */
export function RoundScreen({ roundId }: RoundScreenProps) {
  const { who, problem } = usePractice();
  const { state, retry } = useLoad(`round:${roundId}`, (signal) =>
    fetchRound(who, roundId, signal).catch(noticeLoss(problem)),
  );
  if (state.status === 'ready') return <RoundView initial={state.data} />;
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading your round…
      </p>
    );
  }
  if (state.status === 'not-found') {
    return (
      <div className="page-narrow">
        <h1>This round is not here</h1>
        <p role="alert">
          No practice round of yours has this link. It may belong to another profile or browser, or be mistyped.
        </p>
        <Link to="/practice" className="button button--primary">
          Set up a new round
        </Link>
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <span>Could not load the round: {state.status === 'error' ? state.message : 'you cannot see it'}</span>
      <button type="button" className="button button--quiet" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
