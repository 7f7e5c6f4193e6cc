import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createCandidate } from '../../../services/candidates/create-candidate.js';
import { getDemographics, setDemographics } from '../../../services/candidates/demographics.js';
import { getCandidate } from '../../../services/candidates/get-candidate.js';
import { listCandidates } from '../../../services/candidates/list-candidates.js';
import type { Deps } from '../../../services/context.js';
import { ZPageQuery, zPage } from '../../../shared/schemas/page.js';
import { ZCandidate, ZCreateCandidate, ZDemographics, ZDemographicsStatus } from '../../../shared/schemas/panel.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Candidates and their voluntary self-identification. */
export async function candidateRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['candidates'];
  r.get(
    '/api/v1/candidates',
    {
      schema: {
        tags,
        summary: 'Candidates (hiring team)',
        querystring: ZPageQuery,
        response: { 200: zPage(ZCandidate), ...errors(400, 401, 403) },
      },
    },
    async (req) => listCandidates(deps, requireActor(req), req.query),
  );
  r.post(
    '/api/v1/candidates',
    {
      schema: {
        tags,
        summary: 'Add a candidate, optionally applying to a role',
        body: ZCreateCandidate,
        response: { 201: ZCandidate, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await createCandidate(deps, requireActor(req), req.body)),
  );
  r.get(
    '/api/v1/candidates/:id',
    {
      schema: {
        tags,
        summary: 'One candidate',
        params: ZIdParam,
        response: { 200: ZCandidate, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getCandidate(deps, requireActor(req), req.params.id),
  );
  r.put(
    '/api/v1/candidates/:id/demographics',
    {
      schema: {
        tags,
        summary:
          'Record voluntary self-identification (admins and recruiters; stored apart, never shown to interviewers)',
        params: ZIdParam,
        body: ZDemographics,
        response: { 200: ZDemographicsStatus, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => setDemographics(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/candidates/:id/demographics',
    {
      schema: {
        tags,
        summary: 'Whether and when the candidate self-identified (admins and recruiters; never the answers)',
        params: ZIdParam,
        response: { 200: ZDemographicsStatus, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getDemographics(deps, requireActor(req), req.params.id),
  );
}
