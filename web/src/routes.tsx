import type { ReactNode } from 'react';
import type { TSessionInfo } from '../../src/shared/schemas/auth.js';
import { PlaceholderPage } from './components/placeholder-page.js';
import { BankPage } from './pages/bank-page.js';
import { CandidatesPage } from './pages/candidates-page.js';
import { HomePage } from './pages/home-page.js';
import { LoopsPage } from './pages/loops-page.js';
import { PracticePage } from './pages/practice-page.js';
import { ReportsPage } from './pages/reports-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { Link } from './router.js';

/** A signed-in page: its title for the tab, and how to render it. */
export interface PageRoute {
  title: string;
  render: (session: TSessionInfo) => ReactNode;
}

const PAGES: Record<string, PageRoute> = {
  '/': { title: 'Home', render: (session) => <HomePage session={session} /> },
  '/practice': { title: 'Practice', render: () => <PracticePage /> },
  '/bank': { title: 'Question bank', render: () => <BankPage /> },
  '/loops': { title: 'Loops', render: () => <LoopsPage /> },
  '/candidates': { title: 'Candidates', render: () => <CandidatesPage /> },
  '/reports': { title: 'Reports', render: () => <ReportsPage /> },
  '/settings': { title: 'Settings', render: (session) => <SettingsPage session={session} /> },
};

const QUESTION_PAGE: PageRoute = {
  title: 'Question',
  render: () => (
    <PlaceholderPage
      title="Question"
      lead="A single question with everything an interviewer needs."
      coming={[
        'The look-for signals, follow-up probes, common mistakes and red flags.',
        'Strong and weak example answers.',
      ]}
    >
      <p>
        <Link to="/bank">← Back to the question bank</Link>
      </p>
    </PlaceholderPage>
  ),
};

/** The page at a path, or undefined when there is none (keep in step with src/shared/web-routes.ts). */
export function routeFor(pathname: string): PageRoute | undefined {
  const page = PAGES[pathname];
  if (page) return page;
  if (pathname.startsWith('/bank/') && pathname.length > '/bank/'.length) return QUESTION_PAGE;
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
