import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getSessionInfo } from '../../../services/auth/get-session-info.js';
import { resetPassword } from '../../../services/auth/password-reset.js';
import { signIn } from '../../../services/auth/sign-in.js';
import { signOut } from '../../../services/auth/sign-out.js';
import type { Deps } from '../../../services/context.js';
import { ZLogin, ZPasswordReset, ZSessionInfo } from '../../../shared/schemas/auth.js';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from '../../plugins/auth.js';
import { errors } from '../common.js';

/** Sign-in, the current session, sign-out, and setting a password with a reset link. */
export async function authRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: deps.config.login.maxPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets an HttpOnly session cookie',
        body: ZLogin,
        response: { 200: ZSessionInfo, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const result = await signIn(deps, request.body, request.ip, request.cookies[SESSION_COOKIE]);
      setSessionCookie(request, reply, result.sessionToken, result.expiresAt);
      return result.info;
    },
  );
  r.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and the CSRF token for writes',
        response: { 200: ZSessionInfo, ...errors(401) },
      },
    },
    async (request) => getSessionInfo(deps, requireActor(request)),
  );
  r.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the browser session',
        response: { 204: z.null().describe('No content'), ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      await signOut(deps, requireActor(request));
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/v1/auth/password-reset',
    {
      // Public and guessable only by brute force: limited like sign-in.
      config: { rateLimit: { max: deps.config.login.maxPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a one-time reset link; ends every session of that person',
        body: ZPasswordReset,
        response: { 204: z.null().describe('No content'), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      await resetPassword(deps, request.body);
      // Whoever was signed in on this browser (perhaps someone else) is signed out with the rest.
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
}
