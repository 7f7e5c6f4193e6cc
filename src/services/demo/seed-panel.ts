import { moveApplication } from '../applications/change-application.js';
import { createCandidate } from '../candidates/create-candidate.js';
import { setDemographics } from '../candidates/demographics.js';
import type { Actor, Deps } from '../context.js';
import { decide } from '../decisions/decide.js';
import { scheduleInterview } from '../interviews/schedule-interview.js';
import { getLoop } from '../loops/get-loop.js';
import { createRole } from '../roles/create-role.js';
import type { DemoSeed, DemoUser } from './seed-demo.js';

const FIRST = [
  'Amara',
  'Bao',
  'Carmen',
  'Dmitri',
  'Esi',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Lars',
  'Mei',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomas',
];
const LAST = [
  'Okafor',
  'Nguyen',
  'Silva',
  'Petrov',
  'Mensah',
  'Haddad',
  'Larsen',
  'Tanaka',
  'Moreau',
  'Becker',
  'Adeyemi',
  'Kowalski',
  'Chen',
  'Rahman',
  'Costa',
];
const GENDERS = ['woman', 'man', 'non-binary', 'prefer not to say'];
const ETHNICITIES = ['Asian', 'Black', 'Hispanic or Latino', 'White', 'Two or more', 'prefer not to say'];
const AGE_BANDS = ['under-25', '25-34', '35-44', '45-54', '55-64'] as const;

const ROLES = [
  { title: 'Backend Engineer', level: 'junior', band: { min: 95000, max: 118000 }, location: 'Lisbon', remote: false },
  {
    title: 'Backend Engineer, Payments',
    level: 'mid',
    band: { min: 130000, max: 165000 },
    location: 'Remote (EU)',
    remote: true,
  },
  {
    title: 'Senior Backend Engineer, Platform',
    level: 'senior',
    band: { min: 170000, max: 225000 },
    location: 'Berlin',
    remote: true,
  },
  {
    title: 'Staff Engineer, Data Infrastructure',
    level: 'staff',
    band: { min: 230000, max: 300000 },
    location: 'London',
    remote: false,
  },
] as const;

/** A whole number from the index, so the demo is the same every time for the same order. */
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * Fill a fresh demo organisation with a hiring picture: a role at every level with its loop,
 * 44 candidates spread across the stages, voluntary self-identification for about four in five,
 * and interviews scheduled with three interviewers each. Uses the same services as the API.
 */
export async function seedPanel(deps: Deps, seed: DemoSeed): Promise<Pick<DemoSeed, 'candidates' | 'interviews'>> {
  const admin = seed.users.find((u) => u.role === 'admin') as DemoUser;
  const manager = seed.users.find((u) => u.role === 'hiring_manager') as DemoUser;
  const panel = seed.users.filter((u) => u.role === 'interviewer' || u.role === 'hiring_manager');
  const actor: Actor = { userId: admin.id, orgId: seed.org.id, role: 'admin', via: 'token' };
  const candidates: DemoSeed['candidates'] = [];
  const interviews: DemoSeed['interviews'] = [];
  const base = Date.UTC(2026, 11, 1, 9, 0, 0);
  let n = 0;
  for (const spec of ROLES) {
    const role = await createRole(deps, actor, {
      ...spec,
      band: { ...spec.band, currency: 'USD' },
      hiringManagerId: manager.id,
      status: 'open',
      exercise: 'live-coding',
    });
    const loop = await getLoop(deps, actor, role.id);
    for (let k = 0; k < 11; k++, n++) {
      const name = `${pick(FIRST, n)} ${pick(LAST, n * 7 + 3)}`;
      const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${n}@candidates.caliper.example`;
      const c = await createCandidate(deps, actor, {
        name,
        email,
        roleId: role.id,
        ...(n % 9 === 0 && { accommodations: 'Extra time for the technical exercise' }),
      });
      candidates.push({ id: c.id, email });
      const app = c.applications[0];
      if (!app) continue;
      if (n % 5 !== 4) {
        await setDemographics(deps, actor, c.id, {
          consent: true,
          gender: pick(GENDERS, n * 3),
          ethnicity: pick(ETHNICITIES, n * 5 + 1),
          ageBand: pick(AGE_BANDS, n),
        });
      }
      // Spread candidates over the stages: more early in the funnel than late.
      const stageIndex = Math.min(loop.stages.length - 1, [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4][k] ?? 0);
      const stage = loop.stages[stageIndex];
      if (!stage) continue;
      if (stageIndex > 0) await moveApplication(deps, actor, app.id, { stage: stage.key });
      // Some candidates were turned down at the first stage (every fourth, who by the picks above
      // self-identify as women where they answered), so the fairness report has a stage below
      // four-fifths to explain: with these few people it is not statistically significant.
      if (stageIndex === 0 && n % 4 === 0)
        await decide(deps, actor, app.id, {
          outcome: 'reject',
          rationale: 'The screen found the experience described does not yet match the level of the role.',
        });
      if (stageIndex > 0 && k % 2 === 0) {
        // Three of the four panellists, so each scores enough interviews for the drift report,
        // spread over about five weeks so its monthly trend has more than one month.
        const interviewerIds = [pick(panel, n).id, pick(panel, n + 1).id, pick(panel, n + 2).id];
        const at = new Date(base + n * 20 * 3_600_000).toISOString();
        const i = await scheduleInterview(deps, actor, {
          applicationId: app.id,
          stage: stage.key,
          scheduledAt: at,
          interviewerIds,
        });
        interviews.push({ id: i.id, applicationId: app.id, candidateId: c.id, interviewerIds });
      }
    }
  }
  return { candidates, interviews };
}
