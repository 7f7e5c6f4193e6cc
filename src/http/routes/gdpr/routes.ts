import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { eraseCandidate } from '../../../services/gdpr/erase-candidate.js';
import { exportCandidate } from '../../../services/gdpr/export-candidate.js';
import { listConsents } from '../../../services/gdpr/list-consents.js';
import { rectifyCandidate } from '../../../services/gdpr/rectify-candidate.js';
import { withdrawDemographicsConsent } from '../../../services/gdpr/withdraw-consent.js';
import { ZCandidateExport, ZConsentList, ZRectifyCandidate } from '../../../shared/schemas/gdpr.js';
import { ZCandidate } from '../../../shared/schemas/panel.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

const ZErasure = z.object({
  candidateId: z.uuid(),
  applications: z.number().int(),
  scorecards: z.number().int(),
  auditEntries: z.number().int(),
  webhookEvents: z.number().int(),
});

/** A candidate's privacy rights: access, rectification, erasure and consent. */
export async function gdprRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['privacy'];
  r.get(
    '/api/v1/candidates/:id/export',
    {
      schema: {
        tags,
        summary: 'Everything held about a candidate, as JSON (subject access; admins)',
        params: ZIdParam,
        response: { 200: ZCandidateExport, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => exportCandidate(deps, requireActor(req), req.params.id),
  );
  r.patch(
    '/api/v1/candidates/:id',
    {
      schema: {
        tags,
        summary: "Correct a candidate's name, email or phone (admins and recruiters; audited by field name)",
        params: ZIdParam,
        body: ZRectifyCandidate,
        response: { 200: ZCandidate, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => rectifyCandidate(deps, requireActor(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/candidates/:id',
    {
      schema: {
        tags,
        summary:
          'Erase a candidate: identity and free text removed everywhere, anonymous counts kept (admins; cannot be undone)',
        params: ZIdParam,
        response: { 200: ZErasure, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => eraseCandidate(deps, requireActor(req), req.params.id),
  );
  r.delete(
    '/api/v1/candidates/:id/demographics',
    {
      schema: {
        tags,
        summary: 'Withdraw consent: delete the self-identification and record the withdrawal (admins and recruiters)',
        params: ZIdParam,
        response: { 204: z.null().describe('No content'), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await withdrawDemographicsConsent(deps, requireActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/v1/candidates/:id/consents',
    {
      schema: {
        tags,
        summary: 'Consent history for demographics: each grant and withdrawal (admins and recruiters)',
        params: ZIdParam,
        response: { 200: ZConsentList, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listConsents(deps, requireActor(req), req.params.id),
  );
}
