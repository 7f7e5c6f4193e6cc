import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, fast) and `integration` (HTTP through app.inject, services,
 * database and CLI on a fresh database per file). The integration project runs on embedded
 * PGlite by default and on a real PostgreSQL server when TEST_DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/content/**/*.test.ts',
            'web/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'src/http/**/*.test.ts',
            'src/services/**/*.test.ts',
            'src/db/**/*.test.ts',
            'src/cli/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
