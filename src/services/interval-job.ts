/**
 * Run a background job every interval. The timer is unref'd so it never keeps a process alive;
 * a tick that comes while the previous run is still going is skipped; stop() clears the timer
 * and waits for a run in progress, so the database is not closed under it. The job handles
 * (logs) its own failures: a rejection here is swallowed so the loop keeps going.
 */
export function startIntervalJob(run: () => Promise<void>, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = run()
      .catch(() => {})
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
