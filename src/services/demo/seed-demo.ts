import { randomBytes } from 'node:crypto';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertOrg } from '../../db/repos/org-repo.js';
import type { Role } from '../../shared/schemas/vocabulary.js';
import type { Deps } from '../context.js';
import { insertMember } from '../members/add-member.js';
import { mintApiToken } from '../tokens/create-api-token.js';
import { seedPanel } from './seed-panel.js';
import { seedScores } from './seed-scores.js';

/** One seeded user with the credentials to sign in as them. */
export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  token: string;
}

/** What `caliper demo seed --json` prints. Candidates and interviews arrive with the panel. */
export interface DemoSeed {
  org: { id: string; name: string };
  users: DemoUser[];
  candidates: { id: string; email: string }[];
  interviews: { id: string; applicationId: string; candidateId: string; interviewerIds: string[] }[];
}

const PEOPLE: { key: string; name: string; role: Role }[] = [
  { key: 'admin', name: 'Ada Admin', role: 'admin' },
  { key: 'manager', name: 'Hana Hiring-Manager', role: 'hiring_manager' },
  { key: 'recruiter', name: 'Remi Recruiter', role: 'recruiter' },
  { key: 'interviewer1', name: 'Ines Interviewer', role: 'interviewer' },
  { key: 'interviewer2', name: 'Ivo Interviewer', role: 'interviewer' },
  { key: 'interviewer3', name: 'Iris Interviewer', role: 'interviewer' },
];

/**
 * Create one more demo organisation with an admin, a hiring manager, a recruiter and three
 * interviewers, each with a random password and an API token, and (unless `panel: false`, which
 * tests use for speed) roles, loops, candidates and interviews from seedPanel. Every run makes a new,
 * independent organisation, so demos and tests never collide.
 */
export async function seedDemo(deps: Deps, opts: { orgName?: string; panel?: boolean } = {}): Promise<DemoSeed> {
  const seed = await seedPeople(deps, opts);
  if (opts.panel === false) return seed;
  const full = { ...seed, ...(await seedPanel(deps, seed)) };
  await seedScores(deps, full);
  return full;
}

/** The organisation and its people, in one transaction. */
async function seedPeople(deps: Deps, opts: { orgName?: string }): Promise<DemoSeed> {
  const suffix = randomBytes(3).toString('hex');
  const orgName = opts.orgName ?? `Demo Org ${suffix}`;
  return deps.db.transaction(async (tx) => {
    const org = await insertOrg(tx, orgName);
    const users: DemoUser[] = [];
    for (const p of PEOPLE) {
      const password = `demo-${randomBytes(6).toString('base64url')}`;
      const email = `${p.key}.${suffix}@demo.caliper.example`;
      const member = await insertMember(tx, org.id, { email, name: p.name, role: p.role, password });
      const { token } = await mintApiToken(tx, { orgId: org.id, userId: member.id, name: 'demo' });
      users.push({ id: member.id, email, name: p.name, role: p.role, password, token });
    }
    await appendAudit(tx, {
      orgId: org.id,
      actorUserId: null,
      action: 'demo.seeded',
      payload: { users: users.length },
    });
    return { org: { id: org.id, name: org.name }, users, candidates: [], interviews: [] };
  });
}
