import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/db/schema.ts',
    './src/db/schema-panel.ts',
    './src/db/schema-practice.ts',
    './src/db/schema-scorecards.ts',
    './src/db/schema-analytics.ts',
    './src/db/schema-question-totals.ts',
    './src/db/schema-fairness-totals.ts',
    './src/db/schema-summary-queue.ts',
  ],
  out: './src/db/migrations',
});
