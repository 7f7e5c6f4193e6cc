import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createQuestion, updateQuestion } from '../api/questions.js';
import { Link, navigate } from '../router.js';
import { formProblems } from './checks.js';
import { ClassificationFields } from './classification-fields.js';
import { derivedId, type EditorForm, toLintDraft, toQuestionInput } from './draft.js';
import { ErrorSummary } from './error-summary.js';
import { FIELD_IDS } from './field-ids.js';
import { FollowUpRows } from './follow-up-rows.js';
import { GuidanceFields } from './guidance-fields.js';
import { LintPanel } from './lint-panel.js';
import { lintErrors, type SaveFailure, saveFailureOf } from './save-failure.js';
import { SignalRows } from './signal-rows.js';
import { TextFindings } from './text-findings.js';
import { useLint } from './use-lint.js';

/** Props of QuestionForm. */
export interface QuestionFormProps {
  initial: EditorForm;
  /** The id of the question being edited; absent when adding one. */
  editingId?: string;
}

/** The question editor: fields on the left, the lint's findings beside them as you type; saves and opens the question. */
export function QuestionForm({ initial, editingId }: QuestionFormProps) {
  const mode = editingId ? 'edit' : 'create';
  const [form, setForm] = useState(initial);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const patch = useCallback((p: Partial<EditorForm>) => setForm((f) => ({ ...f, ...p })), []);
  const lint = useLint(useMemo(() => (form.text.trim() ? toLintDraft(form) : null), [form]));
  const derived = derivedId(form.text);

  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const problems = formProblems(form);
    if (problems.length > 0) {
      // Not sent yet: say what is missing, and what the lint would refuse anyway.
      setFailure({ title: 'Some fields need attention', problems: [...problems, ...lintErrors(lint)] });
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const input = toQuestionInput(form);
      const saved = editingId ? await updateQuestion(editingId, input) : await createQuestion(input);
      navigate(`/bank/${encodeURIComponent(saved.id)}`);
    } catch (err) {
      setFailure(saveFailureOf(err, mode));
      setPending(false);
    }
  }

  const findings = lint.result && form.text.trim() ? lint.result.report.textFindings : [];
  return (
    <form className="editor" onSubmit={handleSubmit} noValidate aria-busy={pending}>
      {failure ? (
        <ErrorSummary ref={summaryRef} title={failure.title} reason={failure.reason} problems={failure.problems} />
      ) : null}
      <div className="editor__layout">
        <div className="editor__main">
          <section className="card editor-section" aria-labelledby="editor-question">
            <h2 id="editor-question">The question</h2>
            <div className="field">
              <label htmlFor={FIELD_IDS.text}>Question</label>
              <span className="field-hint" id={`${FIELD_IDS.text}-hint`}>
                Ask about the work: what they did, or how they would build, fix or decide something.
              </span>
              <textarea
                id={FIELD_IDS.text}
                rows={5}
                maxLength={1200}
                value={form.text}
                aria-describedby={`${FIELD_IDS.text}-hint`}
                aria-invalid={findings.some((f) => f.severity === 'error') || undefined}
                onChange={(e) => patch({ text: e.target.value })}
              />
              <span className="field-count">{form.text.length} / 1200</span>
            </div>
            {lint.result ? <TextFindings text={lint.result.text} findings={findings} /> : null}
            <div className="field">
              <label htmlFor={FIELD_IDS.id}>Id {editingId ? null : <span className="optional">(optional)</span>}</label>
              <input
                id={FIELD_IDS.id}
                value={editingId ?? form.id}
                readOnly={Boolean(editingId)}
                placeholder={derived}
                spellCheck={false}
                maxLength={80}
                aria-describedby={`${FIELD_IDS.id}-hint`}
                onChange={(e) => patch({ id: e.target.value })}
              />
              <span className="field-hint" id={`${FIELD_IDS.id}-hint`}>
                {editingId ? (
                  'Ids never change: loops and scorecards refer to them.'
                ) : form.id.trim() ? (
                  'Lower-case words joined by hyphens. It cannot change later.'
                ) : (
                  <>
                    Leave empty to use <code className="derived-id">{derived}</code>. It cannot change later.
                  </>
                )}
              </span>
            </div>
          </section>
          <section className="card editor-section" aria-labelledby="editor-classification">
            <h2 id="editor-classification">What it measures</h2>
            <ClassificationFields form={form} onChange={patch} />
          </section>
          <section className="card editor-section" aria-labelledby="editor-signals">
            <h2 id="editor-signals">Look-for signals</h2>
            <p className="field-hint">
              What a good answer does, in words an interviewer can hear. Add at least three; until then the question is
              marked as needing signals.
            </p>
            <SignalRows rows={form.signals} dimensions={form.dimensions} onChange={(signals) => patch({ signals })} />
          </section>
          <section className="card editor-section" aria-labelledby="editor-follow-ups">
            <h2 id="editor-follow-ups">Follow-ups</h2>
            <p className="field-hint">
              The probes to ask after the first answer. Include one of the kind “When it fails”: “and what happens when
              that fails?”
            </p>
            <FollowUpRows rows={form.followUps} onChange={(followUps) => patch({ followUps })} />
          </section>
          <section className="card editor-section">
            <GuidanceFields form={form} onChange={patch} />
          </section>
          <div className="editor__actions">
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? 'Saving…' : editingId ? 'Save changes' : 'Add question'}
            </button>
            <Link to={editingId ? `/bank/${encodeURIComponent(editingId)}` : '/bank'} className="button">
              Cancel
            </Link>
          </div>
        </div>
        <aside className="editor__aside">
          <LintPanel state={lint} />
        </aside>
      </div>
    </form>
  );
}
