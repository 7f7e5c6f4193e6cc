import { lazy, Suspense } from 'react';

// Practice loads on demand, so sign-in and the panel's first load stay light.
const PracticeApp = lazy(() => import('../practice/practice-app.js').then((m) => ({ default: m.PracticeApp })));

/** Props of PracticePage. */
export interface PracticePageProps {
  /** True for a visitor without a session: practice runs on a local profile kept in this browser. */
  signedOut?: boolean;
}

/** Practice: timed mock rounds for candidates, graded by a coach against the panels' rubric. */
export function PracticePage({ signedOut = false }: PracticePageProps) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          Loading practice…
        </p>
      }
    >
      <PracticeApp signedOut={signedOut} />
    </Suspense>
  );
}
