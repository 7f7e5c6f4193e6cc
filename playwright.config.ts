import { defineConfig } from '@playwright/test';

/** The port the end-to-end server listens on (a fresh, seeded data folder each run); E2E_PORT overrides. */
const PORT = Number(process.env.E2E_PORT ?? 3199);

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  // Per port, so runs on different ports do not delete each other's traces.
  outputDir: PORT === 3199 ? '.tmp/test-results' : `.tmp/test-results-${PORT}`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Playwright starts the web server before any globalSetup runs, and the server locks its
  // data folder, so the seeding happens inside the server's own command (e2e/serve-seeded.mjs).
  webServer: {
    command: `node e2e/serve-seeded.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/readyz`,
    reuseExistingServer: false,
    // Seeding the demo organisation (roles, 44 candidates, scored interviews) comes first.
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
