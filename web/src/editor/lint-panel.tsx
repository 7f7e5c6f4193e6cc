import type { TLintReport } from '../../../src/shared/schemas/question.js';
import { plural } from '../format.js';
import { humaniseMessage, unfinishedPart } from './humanise.js';
import type { LintState } from './use-lint.js';

type Issue = TLintReport['issues'][number];

/** Props of LintPanel. */
export interface LintPanelProps {
  state: LintState;
}

function headline(problems: Issue[], todo: string[]): string {
  const errors = problems.filter((i) => i.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return todo.length ? 'No problems so far.' : 'No problems found.';
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
  return `${parts.join(' and ')}${errors ? ': errors stop the question being saved.' : '.'}`;
}

function statusText(state: LintState, problems: Issue[], todo: string[]): string {
  if (state.status === 'idle') return 'Start writing the question: Caliper checks it as you type.';
  if (state.status === 'error') return `Could not check the draft: ${state.message}`;
  return state.result ? headline(problems, todo) : 'Checking…';
}

/** The lint's issues with the whole question, errors first, updated as the draft changes. */
export function LintPanel({ state }: LintPanelProps) {
  const issues = state.result?.report.issues ?? [];
  const todo = issues.flatMap((i) => {
    const part = i.severity === 'error' ? unfinishedPart(i.message) : null;
    return part ? [part] : [];
  });
  const problems = issues
    .filter((i) => !(i.severity === 'error' && unfinishedPart(i.message)))
    .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  return (
    <section className="lint-panel card" aria-labelledby="lint-heading" aria-busy={state.status === 'checking'}>
      <h2 id="lint-heading">Checks</h2>
      <p className="lint-panel__status" aria-live="polite">
        {statusText(state, problems, todo)}
      </p>
      {problems.length > 0 ? (
        <ul className="issues" aria-label="Issues">
          {problems.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their place
            <li key={i} className={`issue issue--${issue.severity}`}>
              <span className="issue__severity">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>
              <span className="issue__message">{humaniseMessage(issue.message)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {todo.length > 0 ? (
        <div className="lint-panel__todo">
          <p className="lint-panel__todo-title">Still to do</p>
          <ul>
            {todo.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="lint-panel__note muted">
        Questions must be job-related: never about age, family, religion, health, origin or other protected
        characteristics, and never about salary history.
      </p>
    </section>
  );
}
