import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUMAN_DECISION_STATEMENT } from '../../../domain/methodology/methodology.js';
import { createTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('GET /api/v1/methodology', () => {
  it('is public and publishes the weights and the human-decision statement as Markdown', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/methodology' });
    expect(res.statusCode).toBe(200);
    const { markdown } = res.json();
    expect(markdown).toMatch(/^# How Caliper scores interviews/);
    expect(markdown).toContain('| Debugging under ambiguity | 25% | 25% | 20% | 20% |');
    expect(markdown).toContain(HUMAN_DECISION_STATEMENT);
  });
});
