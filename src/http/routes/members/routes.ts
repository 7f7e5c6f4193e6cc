import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { issuePasswordReset } from '../../../services/auth/issue-password-reset.js';
import type { Deps } from '../../../services/context.js';
import { addMember } from '../../../services/members/add-member.js';
import { getMember } from '../../../services/members/get-member.js';
import { listMembers } from '../../../services/members/list-members.js';
import { ZCreateMember, ZIssuedPasswordReset, ZMember } from '../../../shared/schemas/auth.js';
import { ZPageQuery, zPage } from '../../../shared/schemas/page.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Members of the caller's organisation. */
export async function memberRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members of your organisation',
        querystring: ZPageQuery,
        response: { 200: zPage(ZMember), ...errors(400, 401) },
      },
    },
    async (request) => listMembers(deps, requireActor(request), request.query),
  );
  r.get(
    '/api/v1/members/:id',
    {
      schema: {
        tags: ['members'],
        summary: 'One member',
        params: ZIdParam,
        response: { 200: ZMember, ...errors(400, 401, 404) },
      },
    },
    async (request) => getMember(deps, requireActor(request), request.params.id),
  );
  r.post(
    '/api/v1/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Add a member with a role (admins only)',
        body: ZCreateMember,
        response: { 201: ZMember, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await addMember(deps, requireActor(request), request.body)),
  );
  r.post(
    '/api/v1/members/:id/password-reset',
    {
      schema: {
        tags: ['members'],
        summary: 'Issue a one-time password reset link for a member, valid 60 minutes (admins only; shown once)',
        params: ZIdParam,
        response: { 201: ZIssuedPasswordReset, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await issuePasswordReset(deps, requireActor(request), request.params.id);
      // In the fragment, so the token never reaches a server log or a Referer header.
      const url = `${request.protocol}://${request.host}/reset-password#token=${token}`;
      return reply.code(201).send({ url, expiresAt: expiresAt.toISOString() });
    },
  );
}
