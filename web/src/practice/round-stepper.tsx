import type { PracticeRound } from '../api/practice.js';
import { gradeOf } from '../api/practice.js';
import { formatScore } from './practice-format.js';

/** Props of RoundStepper. */
export interface RoundStepperProps {
  round: PracticeRound;
  /** The question index shown, or the number of questions for the summary. */
  step: number;
  onStep: (step: number) => void;
}

function stateOf(round: PracticeRound, index: number): string {
  const question = round.questions[index];
  const answer = round.answers.find((a) => a.questionId === question?.id);
  const grade = gradeOf(answer?.grade);
  if (grade) return formatScore(grade.overall);
  if (answer?.answer.trim()) return 'Draft';
  return 'To do';
}

/** The round's questions and its summary as steps; any step can be revisited. */
export function RoundStepper({ round, step, onStep }: RoundStepperProps) {
  const summaryStep = round.questions.length;
  return (
    <nav className="round-stepper" aria-label="Round progress">
      <ol>
        {round.questions.map((q, i) => (
          <li key={q.id}>
            <button
              type="button"
              className="round-stepper__step"
              aria-current={step === i ? 'step' : undefined}
              onClick={() => onStep(i)}
            >
              <span className="round-stepper__name">Question {i + 1}</span>
              <span className="round-stepper__state">{stateOf(round, i)}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="round-stepper__step"
            aria-current={step === summaryStep ? 'step' : undefined}
            onClick={() => onStep(summaryStep)}
          >
            <span className="round-stepper__name">Summary</span>
            <span className="round-stepper__state">
              {round.summary.answered} of {round.questions.length} graded
            </span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
