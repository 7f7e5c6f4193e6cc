import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { buildApp } from '../../app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('health, readiness, metrics and errors', () => {
  it('reports the process up and the database ready', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready when the database does not answer', async () => {
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      database: { db: t.handle.db, ping: async () => Promise.reject(new Error('connection refused to 10.0.0.5')) },
    });
    const res = await app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('not_ready');
    expect(res.body).not.toContain('10.0.0.5');
    await app.close();
  });

  it('exposes Prometheus metrics with request durations by route pattern', async () => {
    await t.app.inject({ url: '/api/v1/questions/some-id' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('process_cpu_user_seconds_total');
    expect(res.body).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/questions\/:id"/);
    expect(res.body).not.toContain('some-id');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/nothing-here' } });
  });

  it('names the field when a query is invalid', async () => {
    const res = await t.app.inject({ url: '/api/v1/questions?limit=5000' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details[0].path).toBe('querystring.limit');
  });

  it('rejects malformed JSON and wrong content types with 4xx', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a',
    });
    expect(form.statusCode).toBe(415);
  });

  it('never leaks internals in a 500', async () => {
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database: t.handle });
    app.get('/api/v1/boom', async () => {
      throw new Error('password=hunter2 at /srv/caliper/secret.ts:12');
    });
    const res = await app.inject({ url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('secret.ts');
    await app.close();
  });

  it('tags every response with a request id and keeps a well-formed caller id', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    const forged = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id; drop table' } });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the short REST set of security headers on API responses, errors included', async () => {
    for (const url of ['/api/v1/questions?limit=1', '/api/v1/nothing-here', '/api/v1/auth/session']) {
      const res = await t.app.inject({ url, headers: { authorization: 'Bearer not-a-token' } });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('sends security headers and serves OpenAPI and the docs page', async () => {
    const res = await t.app.inject({ url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.body).toContain('/api/v1/auth/login');
    const spec = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/questions', '/api/v1/questions/{id}']),
    );
  });
});
