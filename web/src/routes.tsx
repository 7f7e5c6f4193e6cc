import { lazy, type ReactNode, Suspense } from 'react';
import type { TSessionInfo } from '../../src/shared/schemas/auth.js';
import { BankPage } from './pages/bank-page.js';
import { HomePage } from './pages/home-page.js';
import { PracticePage } from './pages/practice-page.js';

// A question and its editor load on demand, so sign-in, home and practice stay light.
const QuestionPage = lazy(() => import('./pages/question-page.js').then((m) => ({ default: m.QuestionPage })));
const QuestionEditorPage = lazy(() =>
  import('./pages/question-editor-page.js').then((m) => ({ default: m.QuestionEditorPage })),
);
// The panel (roles, loops, candidates, kits) loads on demand too.
const LoopsPage = lazy(() => import('./pages/loops-page.js').then((m) => ({ default: m.LoopsPage })));
const NewRolePage = lazy(() => import('./pages/new-role-page.js').then((m) => ({ default: m.NewRolePage })));
const RolePage = lazy(() => import('./pages/role-page.js').then((m) => ({ default: m.RolePage })));
const CandidatesPage = lazy(() => import('./pages/candidates-page.js').then((m) => ({ default: m.CandidatesPage })));
const CandidatePage = lazy(() => import('./pages/candidate-page.js').then((m) => ({ default: m.CandidatePage })));
const PacketPage = lazy(() => import('./pages/packet-page.js').then((m) => ({ default: m.PacketPage })));
const InterviewKitPage = lazy(() =>
  import('./pages/interview-kit-page.js').then((m) => ({ default: m.InterviewKitPage })),
);
const DebriefPage = lazy(() => import('./pages/debrief-page.js').then((m) => ({ default: m.DebriefPage })));
// Calibration sessions load on demand: admins and invited panellists only.
const CalibrationListPage = lazy(() =>
  import('./calibration/calibration-list-page.js').then((m) => ({ default: m.CalibrationListPage })),
);
const CalibrationSessionPage = lazy(() =>
  import('./calibration/calibration-session-page.js').then((m) => ({ default: m.CalibrationSessionPage })),
);
// Reports, settings and the methodology load on demand: charts and forms most people never open.
const ReportsPage = lazy(() => import('./reports/reports-page.js').then((m) => ({ default: m.ReportsPage })));
const FairnessPage = lazy(() => import('./reports/fairness-page.js').then((m) => ({ default: m.FairnessPage })));
const SettingsPage = lazy(() => import('./settings/settings-page.js').then((m) => ({ default: m.SettingsPage })));
const ResetPasswordPage = lazy(() =>
  import('./pages/reset-password-page.js').then((m) => ({ default: m.ResetPasswordPage })),
);
const MethodologyPage = lazy(() =>
  import('./methodology/methodology-page.js').then((m) => ({ default: m.MethodologyPage })),
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
  '/loops': {
    title: 'Roles & loops',
    render: (session) => (
      <Suspense fallback={<Loading what="roles" />}>
        <LoopsPage session={session} />
      </Suspense>
    ),
  },
  '/candidates': {
    title: 'Candidates',
    render: (session) => (
      <Suspense fallback={<Loading what="pipeline" />}>
        <CandidatesPage session={session} />
      </Suspense>
    ),
  },
  '/reports': lazyRoute('Reports', 'reports', (session) => <ReportsPage session={session} />),
  '/calibration': lazyRoute('Calibration', 'calibration sessions', (session) => (
    <CalibrationListPage session={session} />
  )),
  '/reports/fairness': lazyRoute('Fairness', 'fairness report', (session) => <FairnessPage session={session} />),
  '/settings': lazyRoute('Settings', 'settings', (session) => <SettingsPage session={session} />),
  '/methodology': lazyRoute('Methodology', 'methodology', () => <MethodologyPage />),
  '/reset-password': lazyRoute('Reset password', 'form', () => <ResetPasswordPage />),
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

/** A lazily loaded page with an id in its path (the title is replaced once the thing has loaded). */
function lazyRoute(title: string, what: string, render: (session: TSessionInfo) => ReactNode): PageRoute {
  return { title, render: (session) => <Suspense fallback={<Loading what={what} />}>{render(session)}</Suspense> };
}

/** The routes under /loops/: "new" and "<roleId>". */
function loopsRoute(rest: string): PageRoute | undefined {
  if (rest === 'new') return lazyRoute('New role', 'form', (session) => <NewRolePage session={session} />);
  const id = rest.includes('/') ? undefined : decoded(rest);
  if (!id) return undefined;
  return lazyRoute('Role', 'role', (session) => <RolePage key={id} id={id} session={session} />);
}

/** The routes under /candidates/: "<candidateId>" and "<candidateId>/packet/<applicationId>". */
function candidatesRoute(rest: string): PageRoute | undefined {
  const [first = '', action, second, ...more] = rest.split('/').map((s) => decoded(s) ?? '');
  if (!first || more.length > 0) return undefined;
  if (action === undefined) {
    return lazyRoute('Candidate', 'candidate', (session) => <CandidatePage key={first} id={first} session={session} />);
  }
  if (action === 'packet' && second) {
    return lazyRoute('Candidate packet', 'packet', () => (
      <PacketPage key={second} candidateId={first} applicationId={second} />
    ));
  }
  return undefined;
}

/** The route under /interviews/: "<interviewId>", the interview kit. */
function interviewsRoute(rest: string): PageRoute | undefined {
  const id = rest.includes('/') ? undefined : decoded(rest);
  if (!id) return undefined;
  return lazyRoute('Interview kit', 'interview kit', (session) => (
    <InterviewKitPage key={id} id={id} session={session} />
  ));
}

/** The route under /applications/: "<applicationId>/debrief". */
function applicationsRoute(rest: string): PageRoute | undefined {
  const [segment = '', action, ...more] = rest.split('/');
  const id = decoded(segment);
  if (!id || action !== 'debrief' || more.length > 0) return undefined;
  return lazyRoute('Debrief', 'debrief', (session) => <DebriefPage key={id} applicationId={id} session={session} />);
}

/** The route under /calibration/: "<sessionId>", where a panellist scores and reads the report. */
function calibrationRoute(rest: string): PageRoute | undefined {
  const id = rest.includes('/') ? undefined : decoded(rest);
  if (!id) return undefined;
  return lazyRoute('Calibration session', 'calibration session', (session) => (
    <CalibrationSessionPage key={id} id={id} session={session} />
  ));
}

/** Path prefixes with ids below them, and the routes they lead to. */
const PREFIXES: [string, (rest: string) => PageRoute | undefined][] = [
  ['/bank/', bankRoute],
  ['/loops/', loopsRoute],
  ['/candidates/', candidatesRoute],
  ['/interviews/', interviewsRoute],
  ['/applications/', applicationsRoute],
  ['/calibration/', calibrationRoute],
];

/**
 * The page at a path, or undefined when there is none (keep in step with src/shared/web-routes.ts).
 * Paths with an id build a new route each call: memoise on the path.
 */
export function routeFor(pathname: string): PageRoute | undefined {
  const page = PAGES[pathname];
  if (page) return page;
  for (const [prefix, route] of PREFIXES) {
    if (pathname.startsWith(prefix) && pathname.length > prefix.length) return route(pathname.slice(prefix.length));
  }
  return undefined;
}

/** The page at a path that is open without signing in (the methodology, a password reset), or undefined. */
export function publicPageFor(pathname: string): ReactNode | undefined {
  if (pathname === '/reset-password') {
    return (
      <Suspense fallback={<Loading what="form" />}>
        <ResetPasswordPage />
      </Suspense>
    );
  }
  if (pathname !== '/methodology') return undefined;
  return (
    <Suspense fallback={<Loading what="methodology" />}>
      <MethodologyPage />
    </Suspense>
  );
}

/** Where to go after signing in: the `next` parameter when it is an in-app path, else home. */
export function nextAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next');
  // Only a path on this site: "//host" and "/\\host" would leave it.
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in'))
    return '/';
  return next;
}
