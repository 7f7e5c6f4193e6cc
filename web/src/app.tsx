import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TSessionInfo } from '../../src/shared/schemas/auth.js';
import { fetchSession, signOut } from './api/auth.js';
import { ApiError, setUnauthenticatedHandler } from './api/client.js';
import { BrandMark } from './components/brand-mark.js';
import { Layout } from './components/layout.js';
import { StatusScreen } from './components/status-screen.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PracticePage } from './pages/practice-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { Link, navigate, useLocation } from './router.js';
import { nextAfterSignIn, publicPageFor, routeFor } from './routes.js';

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'signed-out' }
  | { status: 'signed-in'; info: TSessionInfo };

const SIGN_IN = '/sign-in';
/** Practice is open without an account (a local profile kept in the browser). */
const PRACTICE = '/practice';

/** The whole app: finds out who is signed in, then routes to sign-in, a page or not-found. */
export function App() {
  const { pathname, search } = useLocation();
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const route = useMemo(() => routeFor(pathname), [pathname]);
  const onSignInPage = pathname === SIGN_IN;

  const loadSession = useCallback(async () => {
    setSession({ status: 'loading' });
    try {
      const info = await fetchSession();
      setSession(info ? { status: 'signed-in', info } : { status: 'signed-out' });
    } catch (err) {
      setSession({ status: 'error', message: err instanceof ApiError ? err.message : 'Something went wrong.' });
    }
  }, []);

  useEffect(() => {
    void loadSession();
  }, [loadSession]);

  // A 401 from any call means the session ended elsewhere (expired, signed out in another tab).
  useEffect(() => {
    setUnauthenticatedHandler(() => setSession({ status: 'signed-out' }));
    return () => setUnauthenticatedHandler(undefined);
  }, []);

  // Signed out on a real page: sign in first, then come back. Signed in on sign-in: move on.
  useEffect(() => {
    if (session.status === 'signed-out' && route && pathname !== PRACTICE && !publicPageFor(pathname)) {
      navigate(`${SIGN_IN}?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    } else if (session.status === 'signed-in' && onSignInPage) {
      navigate(nextAfterSignIn(search), { replace: true });
    }
  }, [session.status, route, onSignInPage, pathname, search]);

  useEffect(() => {
    const title = onSignInPage ? 'Sign in' : (route?.title ?? 'Page not found');
    document.title = title === 'Home' ? 'Caliper' : `${title} · Caliper`;
  }, [onSignInPage, route]);

  async function handleSignOut() {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await signOut();
      setSession({ status: 'signed-out' });
      navigate(SIGN_IN);
    } catch (err) {
      setSignOutError(`Could not sign out: ${err instanceof ApiError ? err.message : 'something went wrong'}.`);
    } finally {
      setSigningOut(false);
    }
  }

  if (session.status === 'loading') return <StatusScreen busy message="Loading Caliper…" />;
  if (session.status === 'error') {
    return <StatusScreen message={`Caliper could not load: ${session.message}`} onRetry={loadSession} />;
  }
  if (onSignInPage) {
    if (session.status === 'signed-in') return <StatusScreen busy message="Signing you in…" />;
    return (
      <SignInPage
        onSignedIn={(info) => {
          setSession({ status: 'signed-in', info });
          navigate(nextAfterSignIn(search), { replace: true });
        }}
      />
    );
  }
  if (session.status === 'signed-out') {
    if (pathname === PRACTICE) return <PracticePage signedOut />;
    // The methodology is for candidates too, so it needs no account.
    const open = publicPageFor(pathname);
    if (route && !open) return <StatusScreen busy message="Taking you to sign in…" />;
    return (
      <div className="standalone">
        <header className="standalone__header">
          <Link to="/" className="brand">
            <BrandMark />
            <span className="brand__name">Caliper</span>
          </Link>
        </header>
        <main id="main" className="page">
          {open ?? <NotFoundPage path={pathname} />}
        </main>
      </div>
    );
  }
  return (
    <Layout session={session.info} onSignOut={handleSignOut} signingOut={signingOut} signOutError={signOutError}>
      {route ? route.render(session.info) : <NotFoundPage path={pathname} />}
    </Layout>
  );
}
