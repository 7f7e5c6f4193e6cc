/** Marks a draft question: fewer than three look-for signals, so nobody yet knows what good sounds like. */
export function NeedsSignalsBadge() {
  return (
    <span
      className="tag tag--draft"
      title="Fewer than three look-for signals: interviewers and the grader do not yet know what a good answer sounds like."
    >
      Needs signals
    </span>
  );
}
