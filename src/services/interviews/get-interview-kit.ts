import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { InterviewState } from '../../db/repos/kit-repo.js';
import { anchorsOf, loadRubric } from '../../domain/rubric/rubric.js';
import { AppError } from '../../shared/errors.js';
import { type TInterviewKit, ZInterviewKit } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { interviewState } from './interview-state-cache.js';
import { stagePlan } from './stage-plan-cache.js';

/** A kit the caller may see: its validator now, its body only if the caller needs it. */
export interface PreparedKit {
  /** Strong ETag derived from the kit's inputs, not its bytes, so a 304 needs no assembly. */
  etag: string;
  /**
   * The kit as UTF-8 JSON, as the API sends it: the bytes when this version was encoded before,
   * else a function that assembles and encodes it (once per ETag).
   */
  body: Buffer | (() => Promise<Buffer>);
}

// Tags of the states held by the interview-state cache, which hands out the same object while nothing changed.
const tags = new WeakMap<InterviewState, string>();
/** Serialised kits by ETag: the tag covers every input, so an entry can never be stale. */
const bodies = new Map<string, Buffer>();
const MAX_BODIES = 1_000;

// The rubric ships with the code; its hash stands for "this release's anchors" in every tag.
let rubricHash: string | undefined;
const rubricVersion = (): string => {
  rubricHash ??= createHash('sha256').update(JSON.stringify(loadRubric())).digest('base64url');
  return rubricHash;
};

/** The hiring team sees every interview; an interviewer only those they sit on (others are not found). */
async function visibleState(deps: Deps, actor: Actor, id: string): Promise<InterviewState> {
  const state = await interviewState(deps.db, actor.orgId, id);
  if (!state) throw new AppError('not_found', 'no such interview');
  const team = (HIRING_EDITORS as readonly string[]).includes(actor.role);
  if (!team && !state.panel.some((p) => p.id === actor.userId)) throw new AppError('not_found', 'no such interview');
  return state;
}

async function assemble(deps: Deps, orgId: string, state: InterviewState): Promise<TInterviewKit> {
  const plan = await stagePlan(deps.db, { orgId, ...state });
  const stage = plan.stage;
  if (!stage) throw new AppError('not_found', 'the stage of this interview no longer exists');
  const questions = stage.questions.map((q, i) => {
    const c = plan.found.get(`${q.id}@${q.version}`)?.content;
    if (!c) throw new AppError('not_found', `question ${q.id} version ${q.version} is missing from the bank`);
    return {
      order: i + 1,
      id: q.id,
      version: q.version,
      text: c.text,
      category: c.category,
      minutes: c.minutes,
      dimensions: c.dimensions,
      lookFor: c.lookFor,
      followUps: c.followUps,
    };
  });
  const rubric = loadRubric();
  const asked = new Set(questions.flatMap((q) => q.dimensions));
  return {
    id: state.id,
    applicationId: state.applicationId,
    candidate: { id: state.candidateId, name: state.candidateName },
    role: { id: state.roleId, title: state.roleTitle, level: state.roleLevel },
    stage: { key: state.stageKey, name: stage.name },
    scheduledAt: state.scheduledAt.toISOString(),
    status: state.status,
    interviewers: state.panel,
    minutes: stage.minutes,
    accommodations: state.accommodations,
    dimensions: rubric.dimensions
      .filter((d) => asked.has(d.id))
      .map((d) => ({
        id: d.id,
        name: d.name,
        description: d.description,
        anchors: anchorsOf(rubric, state.roleLevel, d.id),
      })),
    questions,
  };
}

/**
 * Check access and compute the kit's validator in one query. The tag covers everything the
 * kit is made of: the interview's changeable state (status, time, names, panel,
 * accommodations), the hash of the loop content (which fixes the pinned question versions)
 * and the rubric release.
 */
export async function prepareInterviewKit(deps: Deps, actor: Actor, id: string): Promise<PreparedKit> {
  const state = await visibleState(deps, actor, id);
  let etag = tags.get(state);
  if (!etag) {
    // The state was read for this organisation (the cache checks it), so the pair is fixed per object.
    etag = `"${createHash('sha256')
      .update(JSON.stringify([state, actor.orgId, rubricVersion()]))
      .digest('base64url')
      .slice(0, 32)}"`;
    tags.set(state, etag);
  }
  const known = bodies.get(etag);
  // No closure on the hot path: a cached kit is handed over as its bytes.
  if (known !== undefined) return { etag, body: known };
  const tag = etag;
  return { etag, body: () => encodeKit(deps, actor.orgId, state, tag) };
}

/** Assemble and encode a kit, and keep its bytes under its tag. */
async function encodeKit(deps: Deps, orgId: string, state: InterviewState, tag: string): Promise<Buffer> {
  const body = Buffer.from(JSON.stringify(z.encode(ZInterviewKit, await assemble(deps, orgId, state))));
  if (bodies.size >= MAX_BODIES) {
    const oldest = bodies.keys().next().value;
    if (oldest !== undefined) bodies.delete(oldest);
  }
  bodies.set(tag, body);
  return body;
}

/**
 * The interview kit: the stage's questions in the loop's order, pinned to the versions the loop
 * uses, with look-for signals, follow-ups and time per question, and the stage's dimensions
 * with their anchors at the candidate's level.
 */
export async function getInterviewKit(deps: Deps, actor: Actor, id: string): Promise<TInterviewKit> {
  return assemble(deps, actor.orgId, await visibleState(deps, actor, id));
}
