import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { watchChanges } from '../services/change-watch.js';
import type { DbHandle, Deps } from '../services/context.js';
import { isWebRoute } from '../shared/web-routes.js';
import { errorHandler, frameworkErrorHandler, sendError } from './errors.js';
import { registerAuth } from './plugins/auth.js';
import { registerIdempotency } from './plugins/idempotency.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRejectBadText } from './plugins/reject-bad-text.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWeb } from './plugins/web.js';
import { applicationRoutes } from './routes/applications/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { calibrationRoutes } from './routes/calibration/routes.js';
import { candidateRoutes } from './routes/candidates/routes.js';
import { gdprRoutes } from './routes/gdpr/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { interviewRoutes } from './routes/interviews/routes.js';
import { memberRoutes } from './routes/members/routes.js';
import { methodologyRoutes } from './routes/methodology/routes.js';
import { orgRoutes } from './routes/org/routes.js';
import { practiceRoutes } from './routes/practice/routes.js';
import { questionRoutes } from './routes/questions/routes.js';
import { questionWriteRoutes } from './routes/questions/write-routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { roleRoutes } from './routes/roles/routes.js';
import { rubricRoutes } from './routes/rubric/routes.js';
import { scorecardRoutes } from './routes/scorecards/routes.js';
import { tokenRoutes } from './routes/tokens/routes.js';
import { webhookRoutes } from './routes/webhooks/routes.js';

/** What the app is built from. */
export interface AppDeps {
  config: Config;
  /** With `listen`, caches answer from memory while the database's change feed is live. */
  database: Pick<DbHandle, 'db' | 'ping'> & Partial<Pick<DbHandle, 'listen'>>;
  now?: () => Date;
  /** Pino options, or false for none (tests). */
  logger?: FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Build the Fastify app with every route; it never listens (server.ts does). */
export async function buildApp(appDeps: AppDeps): Promise<FastifyInstance> {
  const { config } = appDeps;
  const deps: Deps = { db: appDeps.database.db, config, now: appDeps.now ?? (() => new Date()) };
  const app = Fastify({
    logger: appDeps.logger ?? false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // genReqId reads x-request-id itself, so it can refuse malformed ids.
    requestIdHeader: false,
    // Accept a caller's request id only when it looks like one, so logs cannot be forged.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Router errors (undecodable URL, over-long path segment) in the same error shape as the rest.
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // Set first thing, so every answer carries it, errors included.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  if (appDeps.database.listen) {
    const feed = await watchChanges(deps.db, appDeps.database.listen);
    app.addHook('onClose', () => feed.close());
  }
  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerMetrics(app);
  registerAuth(app, deps);
  registerRejectBadText(app);
  registerIdempotency(app, deps);
  await registerOpenApi(app);

  await app.register(healthRoutes, { ping: appDeps.database.ping });
  await app.register(async (api) => {
    await authRoutes(api, deps);
    await tokenRoutes(api, deps);
    await memberRoutes(api, deps);
    await questionWriteRoutes(api, deps);
    await questionRoutes(api, deps);
    await rubricRoutes(api);
    await roleRoutes(api, deps);
    await candidateRoutes(api, deps);
    await gdprRoutes(api, deps);
    await orgRoutes(api, deps);
    await methodologyRoutes(api);
    await applicationRoutes(api, deps);
    await interviewRoutes(api, deps);
    await practiceRoutes(api, deps);
    await scorecardRoutes(api, deps);
    await calibrationRoutes(api, deps);
    await webhookRoutes(api, deps);
    await reportRoutes(api, deps);
  });

  const web = await registerWeb(app, config.webDir);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method === 'GET' && !path.startsWith('/api/')) {
      const html = web.indexHtml();
      if (html)
        return reply
          .code(isWebRoute(path) ? 200 : 404)
          .type('text/html; charset=utf-8')
          .send(html);
    }
    return sendError(reply, 404, 'not_found', `no route for ${request.method} ${path}`);
  });
  return app;
}
