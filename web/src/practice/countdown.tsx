import { useId } from 'react';
import { formatClock } from './practice-format.js';

/** Props of Countdown. */
export interface CountdownProps {
  /** The question's time limit. */
  limitSeconds: number;
  /** Seconds used so far. */
  elapsedSeconds: number;
}

const TIME_UP = 'Time is up — finish your thought';

/** What a screen reader hears: it changes once a minute, then at one minute left and at zero. */
function announcement(left: number): string {
  if (left <= 0) return TIME_UP;
  if (left <= 60) return 'One minute left';
  return `${Math.ceil(left / 60)} minutes left`;
}

/**
 * The question's clock: mm:ss counting down, amber from one minute left, and a gentle
 * "time is up" at zero. It never cuts the candidate off; time keeps being recorded.
 */
export function Countdown({ limitSeconds, elapsedSeconds }: CountdownProps) {
  const labelId = useId();
  const left = limitSeconds - elapsedSeconds;
  const tone = left <= 0 ? 'countdown--up' : left <= 60 ? 'countdown--warn' : '';
  return (
    <div className={`countdown ${tone}`}>
      <span className="countdown__label" id={labelId}>
        Time left
      </span>
      <span className="countdown__clock" role="timer" aria-live="polite" aria-labelledby={labelId}>
        <span aria-hidden="true">{formatClock(left)}</span>
        <span className="visually-hidden">{announcement(left)}</span>
      </span>
      {left <= 0 ? (
        <span className="countdown__up" aria-hidden="true">
          {TIME_UP}
        </span>
      ) : null}
      <span className="countdown__used">
        Time used {formatClock(elapsedSeconds)} of {formatClock(limitSeconds)}
      </span>
    </div>
  );
}
