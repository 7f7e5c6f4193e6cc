import type { SaveStatus } from './use-draft-autosave.js';

/** Props of SaveIndicator. */
export interface SaveIndicatorProps {
  save: SaveStatus;
}

/** "Saving…", "Saved" or why the draft could not be saved, announced politely. */
export function SaveIndicator({ save }: SaveIndicatorProps) {
  if (save.status === 'error') {
    return (
      <p className="sc-status sc-status--error" role="alert">
        Draft not saved: {save.message}
      </p>
    );
  }
  const text =
    save.status === 'saving' || save.status === 'pending'
      ? 'Saving…'
      : save.status === 'saved'
        ? 'Saved'
        : 'Draft saves as you type';
  return (
    <p className={`sc-status${save.status === 'saved' ? ' sc-status--done' : ''}`} role="status">
      {text}
    </p>
  );
}
