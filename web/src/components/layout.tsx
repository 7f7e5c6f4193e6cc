import { type ReactNode, useEffect, useRef } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { roleLabel } from '../format.js';
import { canSeeReports } from '../permissions.js';
import { Link, useLocation } from '../router.js';
import { BrandMark } from './brand-mark.js';

/** The main navigation, in the order people use the product. */
export const NAV_ITEMS = [
  { to: '/practice', label: 'Practice' },
  { to: '/bank', label: 'Bank' },
  { to: '/loops', label: 'Roles & loops' },
  { to: '/candidates', label: 'Candidates' },
  { to: '/reports', label: 'Reports' },
  { to: '/calibration', label: 'Calibration' },
  { to: '/settings', label: 'Settings' },
] as const;

/** Props of Layout. */
export interface LayoutProps {
  session: TSessionInfo;
  onSignOut: () => void;
  signingOut: boolean;
  /** Shown under the header when signing out failed. */
  signOutError: string | null;
  children: ReactNode;
}

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in frame: header with navigation and account, then the page. */
export function Layout({ session, onSignOut, signingOut, signOutError, children }: LayoutProps) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page so screen readers start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change by design
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <BrandMark />
            <span className="brand__name">Caliper</span>
          </Link>
          <nav className="main-nav" aria-label="Main">
            <ul>
              {NAV_ITEMS.filter((item) => item.to !== '/reports' || canSeeReports(session.role)).map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={isCurrent(pathname, item.to) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
            <div className="account__who">
              <span className="account__name">{session.user.name}</span>
              <span className="account__meta">
                <span className="account__org">{session.organisation.name}</span>
                <span aria-hidden="true"> · </span>
                <span className="account__role">{roleLabel(session.role)}</span>
              </span>
            </div>
            <button type="button" className="button button--quiet" onClick={onSignOut} disabled={signingOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      {signOutError ? (
        <div className="banner banner--error" role="alert">
          {signOutError}
        </div>
      ) : null}
      <main id="main" className="page" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Caliper · structured interviews for hiring backend engineers · <Link to="/methodology">Methodology</Link>
        </p>
      </footer>
    </div>
  );
}
