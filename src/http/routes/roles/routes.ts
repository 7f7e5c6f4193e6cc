import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../services/context.js';
import { editLoop } from '../../../services/loops/edit-loop.js';
import { getLoop } from '../../../services/loops/get-loop.js';
import { recomposeLoop, ZRecompose } from '../../../services/loops/recompose-loop.js';
import { suggestLoopSwaps } from '../../../services/loops/suggest-loop-swaps.js';
import { createRole } from '../../../services/roles/create-role.js';
import { getPipeline } from '../../../services/roles/get-pipeline.js';
import { getRole } from '../../../services/roles/get-role.js';
import { listRoles } from '../../../services/roles/list-roles.js';
import { updateRole } from '../../../services/roles/update-role.js';
import { ZPageQuery, zPage } from '../../../shared/schemas/page.js';
import {
  ZCreateRole,
  ZEditLoop,
  ZLoop,
  ZPipeline,
  ZRole,
  ZSwapSuggestion,
  ZUpdateRole,
} from '../../../shared/schemas/panel.js';
import { requireActor } from '../../plugins/auth.js';
import { errors, ZIdParam } from '../common.js';

/** Roles (requisitions), their loops and their pipelines. */
export async function roleRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['roles'];
  r.get(
    '/api/v1/roles',
    {
      schema: {
        tags,
        summary: 'Roles of your organisation, newest first',
        querystring: ZPageQuery,
        response: { 200: zPage(ZRole), ...errors(400, 401) },
      },
    },
    async (req) => listRoles(deps, requireActor(req), req.query),
  );
  r.post(
    '/api/v1/roles',
    {
      schema: {
        tags,
        summary: 'Open a role; its loop is composed for the level and band',
        body: ZCreateRole,
        response: { 201: ZRole, ...errors(400, 401, 403, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await createRole(deps, requireActor(req), req.body)),
  );
  r.get(
    '/api/v1/roles/:id',
    {
      schema: {
        tags,
        summary: 'One role with its loop warnings',
        params: ZIdParam,
        response: { 200: ZRole, ...errors(400, 401, 404) },
      },
    },
    async (req) => getRole(deps, requireActor(req), req.params.id),
  );
  r.patch(
    '/api/v1/roles/:id',
    {
      schema: {
        tags,
        summary: 'Edit a role',
        params: ZIdParam,
        body: ZUpdateRole,
        response: { 200: ZRole, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateRole(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/roles/:id/loop',
    {
      schema: {
        tags,
        summary: "The role's current loop",
        params: ZIdParam,
        response: { 200: ZLoop, ...errors(400, 401, 404) },
      },
    },
    async (req) => getLoop(deps, requireActor(req), req.params.id),
  );
  r.put(
    '/api/v1/roles/:id/loop',
    {
      schema: {
        tags,
        summary: 'Edit the loop (reorder, swap, durations, interviewers); changing a locked stage makes a new version',
        params: ZIdParam,
        body: ZEditLoop,
        response: { 200: ZLoop, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => editLoop(deps, requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/roles/:id/loop/compose',
    {
      schema: {
        tags,
        summary: 'Compose the loop again',
        params: ZIdParam,
        body: ZRecompose,
        response: { 200: ZLoop, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => recomposeLoop(deps, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/roles/:id/loop/suggestions',
    {
      schema: {
        tags,
        summary: 'Questions that could replace one in the loop (same dimension, fits the level)',
        params: ZIdParam,
        querystring: z.object({ stage: z.string().min(1).max(60), question: z.string().min(1).max(120) }),
        response: { 200: z.object({ items: z.array(ZSwapSuggestion) }), ...errors(400, 401, 404) },
      },
    },
    async (req) => suggestLoopSwaps(deps, requireActor(req), req.params.id, req.query.stage, req.query.question),
  );
  r.get(
    '/api/v1/roles/:id/pipeline',
    {
      schema: {
        tags,
        summary: 'Candidates by stage',
        params: ZIdParam,
        response: { 200: ZPipeline, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => getPipeline(deps, requireActor(req), req.params.id),
  );
}
