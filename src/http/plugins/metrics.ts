import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { RequestDurations } from './request-durations.js';

/**
 * Prometheus metrics at /metrics: the default process metrics and a request duration
 * histogram labelled by route pattern (not raw URL, to keep label cardinality bounded).
 */
export function registerMetrics(app: FastifyInstance): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new RequestDurations(
    'http_request_duration_seconds',
    'HTTP request duration in seconds, by method, route pattern and status code',
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  );
  // A plain (callback) hook: no promise per request for work that never waits.
  app.addHook('onResponse', (request, reply, done) => {
    duration.observe(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return `${await registry.metrics()}\n${duration.render()}`;
  });
}
