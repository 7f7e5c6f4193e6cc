import './practice.css';
import { type ReactNode, useCallback, useState } from 'react';
import { BrandMark } from '../components/brand-mark.js';
import { Link, useLocation } from '../router.js';
import { readLocalSecret, storeLocalSecret } from './local-profile.js';
import { PlanScreen } from './plan-screen.js';
import { PracticeProvider } from './practice-context.js';
import { PracticeHome } from './practice-home.js';
import { PracticeWelcome } from './practice-welcome.js';
import { RoundScreen } from './round-screen.js';

/** Props of PracticeApp. */
export interface PracticeAppProps {
  /** True for a visitor without a session: practice runs on a local profile kept in this browser. */
  signedOut: boolean;
}

const SIGN_IN_TO_PRACTISE = `/sign-in?next=${encodeURIComponent('/practice')}`;

/** The frame around practice for a visitor who is not signed in. */
function SignedOutFrame({ children }: { children: ReactNode }) {
  return (
    <div className="standalone practice-standalone">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="standalone__header practice-standalone__header">
        <Link to="/practice" className="brand">
          <BrandMark />
          <span className="brand__name">Caliper</span>
          <span className="practice-standalone__tag">Practice</span>
        </Link>
        <p className="practice-standalone__account">
          <span className="muted">No account needed.</span> <Link to={SIGN_IN_TO_PRACTISE}>Sign in</Link>
        </p>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** Which practice screen the query string asks for: a round, the plan, or the set-up. */
function PracticeViews() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const roundId = params.get('round');
  if (roundId) return <RoundScreen key={roundId} roundId={roundId} />;
  if (params.get('view') === 'plan') return <PlanScreen />;
  return <PracticeHome />;
}

/** Practice for candidates: set-up, timed rounds with coaching, the prep plan and progress. */
export function PracticeApp({ signedOut }: PracticeAppProps) {
  const [secret, setSecret] = useState<string | null>(() => (signedOut ? readLocalSecret() : null));
  const [lost, setLost] = useState(false);
  const onProfileLost = useCallback(() => {
    storeLocalSecret(null);
    setSecret(null);
    setLost(true);
  }, []);

  if (!signedOut) {
    return (
      <PracticeProvider secret={null} onProfileLost={onProfileLost}>
        <PracticeViews />
      </PracticeProvider>
    );
  }
  return (
    <SignedOutFrame>
      {secret ? (
        <PracticeProvider secret={secret} onProfileLost={onProfileLost}>
          <PracticeViews />
        </PracticeProvider>
      ) : (
        <PracticeWelcome
          profileLost={lost}
          onCreated={(created) => {
            storeLocalSecret(created);
            setSecret(created);
            setLost(false);
          }}
        />
      )}
    </SignedOutFrame>
  );
}
