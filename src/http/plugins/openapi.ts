import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { renderDocsPage } from './docs-page.js';

/**
 * OpenAPI 3 from the routes' Zod schemas at /api/v1/openapi.json, and a readable docs page
 * at /docs rendered on the server (no third-party script, so the strict CSP holds).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Caliper API',
        version: '1',
        description:
          'Structured interviews for hiring backend engineers. Authenticate with a session cookie (send X-CSRF-Token on writes) or `Authorization: Bearer <token>`. Errors are `{"error":{"code","message","details?"}}`. Every POST honours `Idempotency-Key`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'caliper_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return renderDocsPage(app.swagger() as unknown as OpenApiDoc);
  });
}

/** The slice of an OpenAPI document the docs page reads. */
export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        description?: string;
        tags?: string[];
        parameters?: unknown[];
        requestBody?: unknown;
        responses?: Record<string, unknown>;
      }
    >
  >;
}
