import type { Actor, Deps } from '../context.js';
import { decide } from '../decisions/decide.js';
import { getInterviewKit } from '../interviews/get-interview-kit.js';
import { submitScorecard } from '../scorecards/write-scorecard.js';
import type { DemoSeed } from './seed-demo.js';

const EVIDENCE: Record<number, string> = {
  2: 'They said "we would add a cache" before measuring anything, which suggests a fix before a diagnosis.',
  3: 'They sized the load at about 2,000 writes a second but could not say what breaks first, which suggests partial depth.',
  4: 'They reproduced the slow query with EXPLAIN, named the missing composite index and the write cost, which suggests solid craft.',
  5: 'They walked from requirements to the bottleneck and the failure mode and defended eventual consistency with numbers.',
};

/**
 * Score some of the demo interviews the way a real panel would (every interviewer submits,
 * with evidence), and record a human decision on half of those, so debriefs and reports have
 * data. The other interviews stay scheduled with nothing submitted yet.
 */
export async function seedScores(deps: Deps, seed: DemoSeed): Promise<void> {
  const manager = seed.users.find((u) => u.role === 'hiring_manager');
  if (!manager) return;
  const actorOf = (userId: string): Actor => {
    const u = seed.users.find((x) => x.id === userId);
    return { userId, orgId: seed.org.id, role: u?.role ?? 'interviewer', via: 'token' };
  };
  for (const [n, interview] of seed.interviews.entries()) {
    if (n % 2 === 1) continue;
    const kit = await getInterviewKit(deps, actorOf(manager.id), interview.id);
    for (const [k, interviewerId] of interview.interviewerIds.entries()) {
      const base = 2 + ((n + k) % 4);
      await submitScorecard(deps, actorOf(interviewerId), interview.id, {
        ratings: kit.dimensions.map((d, i) => {
          const score = Math.min(5, Math.max(2, base + (i % 2 === 0 ? 0 : -1)));
          return { dimension: d.id, score, evidence: EVIDENCE[score] ?? EVIDENCE[3] ?? '' };
        }),
        questionNotes: [],
        notes: 'Followed the kit in order; asked every follow-up.',
        redFlags: base === 2 ? ['fix-before-diagnosis'] : [],
        recommendation: base,
      });
    }
    if (n % 4 === 0) {
      const strong = (n / 4) % 2 === 0;
      await decide(deps, actorOf(manager.id), interview.applicationId, {
        outcome: strong ? 'advance' : 'reject',
        rationale: strong
          ? 'Evidence from both interviewers shows sound design and diagnosis; the panel agrees; advance to the next stage.'
          : 'Both interviewers recorded fixes before diagnosis and no magnitudes; the evidence does not meet the level.',
      });
    }
  }
}
