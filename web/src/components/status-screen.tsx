import { BrandMark } from './brand-mark.js';

/** Props of StatusScreen. */
export interface StatusScreenProps {
  message: string;
  /** True while something is still happening (announced politely); false for a failure. */
  busy?: boolean;
  onRetry?: () => void;
}

/** A whole-window message while the app starts, or when it could not. */
export function StatusScreen({ message, busy = false, onRetry }: StatusScreenProps) {
  return (
    <main id="main" className="status-screen" aria-busy={busy}>
      <div className="brand brand--large">
        <BrandMark />
        <span className="brand__name">Caliper</span>
      </div>
      <p role={busy ? 'status' : 'alert'}>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </main>
  );
}
