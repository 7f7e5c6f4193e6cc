import { lazy, type ReactNode, Suspense } from 'react';
import type { TSessionInfo } from '../../src/shared/schemas/auth.js';
import { BankPage } from './pages/bank-page.js';
import { CandidatesPage } from './pages/candidates-page.js';
import { HomePage } from './pages/home-page.js';
import { LoopsPage } from './pages/loops-page.js';
import { PracticePage } from './pages/practice-page.js';
import { ReportsPage } from './pages/reports-page.js';
import { SettingsPage } from './pages/settings-page.js';

// A question and its editor load on demand, so sign-in, home and practice stay light.
const QuestionPage = lazy(() => import('./pages/question-page.js').then((m) => ({ default: m.QuestionPage })));
const QuestionEditorPage = lazy(() =>
  import('./pages/question-editor-page.js').then((m) => ({ default: m.QuestionEditorPage })),
);

function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading the {what}…
    </p>
  );
}

/** A signed-in page: its title for the tab, and how to render it. */
export interface PageRoute {
  title: string;
  render: (session: TSessionInfo) => ReactNode;
}

const PAGES: Record<string, PageRoute> = {
  '/': { title: 'Home', render: (session) => <HomePage session={session} /> },
  '/practice': { title: 'Practice', render: () => <PracticePage /> },
  '/bank': { title: 'Question bank', render: (session) => <BankPage session={session} /> },
  '/loops': { title: 'Loops', render: () => <LoopsPage /> },
  '/candidates': { title: 'Candidates', render: () => <CandidatesPage /> },
  '/reports': { title: 'Reports', render: () => <ReportsPage /> },
  '/settings': { title: 'Settings', render: (session) => <SettingsPage session={session} /> },
};

function editorRoute(id?: string): PageRoute {
  return {
    title: id ? 'Edit question' : 'Add a question',
    render: (session) => (
      <Suspense fallback={<Loading what="editor" />}>
        <QuestionEditorPage key={id ?? 'new'} session={session} id={id} />
      </Suspense>
    ),
  };
}

function questionRoute(id: string): PageRoute {
  return {
    title: 'Question',
    render: (session) => (
      <Suspense fallback={<Loading what="question" />}>
        <QuestionPage key={id} id={id} session={session} />
      </Suspense>
    ),
  };
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The routes under /bank/: "new", "<id>/edit" and "<id>". */
function bankRoute(rest: string): PageRoute | undefined {
  if (rest === 'new') return editorRoute();
  const [segment = '', action, ...more] = rest.split('/');
  const id = decoded(segment);
  if (!id || more.length > 0) return undefined;
  if (action === undefined) return questionRoute(id);
  if (action === 'edit') return editorRoute(id);
  return undefined;
}

/**
 * The page at a path, or undefined when there is none (keep in step with src/shared/web-routes.ts).
 * Paths with an id build a new route each call: memoise on the path.
 */
export function routeFor(pathname: string): PageRoute | undefined {
  const page = PAGES[pathname];
  if (page) return page;
  if (pathname.startsWith('/bank/') && pathname.length > '/bank/'.length) return bankRoute(pathname.slice(6));
  return undefined;
}

/** Where to go after signing in: the `next` parameter when it is an in-app path, else home. */
export function nextAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next');
  // Only a path on this site: "//host" and "/\\host" would leave it.
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in'))
    return '/';
  return next;
}
