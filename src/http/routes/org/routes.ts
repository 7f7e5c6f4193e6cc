import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../../services/context.js';
import { getOrgSettings } from '../../../services/org/get-org-settings.js';
import { updateOrgSettings } from '../../../services/org/update-org-settings.js';
import { ZOrgSettings, ZUpdateOrgSettings } from '../../../shared/schemas/gdpr.js';
import { requireActor } from '../../plugins/auth.js';
import { errors } from '../common.js';

/** The organisation's own settings: fairness-report access, minimum group size, retention. */
export async function orgRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisation'];
  r.get(
    '/api/v1/org/settings',
    {
      schema: {
        tags,
        summary: 'Organisation settings (admins)',
        response: { 200: ZOrgSettings, ...errors(401, 403) },
      },
    },
    async (req) => getOrgSettings(deps, requireActor(req)),
  );
  r.patch(
    '/api/v1/org/settings',
    {
      schema: {
        tags,
        summary:
          'Change who sees fairness reports, the minimum group size (3–50) and the retention period in days (30–3650, or null for none)',
        body: ZUpdateOrgSettings,
        response: { 200: ZOrgSettings, ...errors(400, 401, 403) },
      },
    },
    async (req) => updateOrgSettings(deps, requireActor(req), req.body),
  );
}
