import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /api/v1/rubric', () => {
  it('publishes the dimensions, level weights and per-level anchors to anyone', async () => {
    const res = await t.app.inject({ url: '/api/v1/rubric' });
    expect(res.statusCode).toBe(200);
    const rubric = res.json();
    expect(rubric.dimensions.map((d: { id: string }) => d.id)).toEqual([
      'fundamentals',
      'system_design',
      'debugging',
      'operational_judgment',
      'tradeoff_reasoning',
    ]);
    expect(rubric.weights.mid.fundamentals).toBe(0.3);
    expect(rubric.weights.senior.system_design).toBe(0.35);
    expect(rubric.anchors.senior.system_design['4']).not.toBe(rubric.anchors.mid.system_design['4']);
  });
});
