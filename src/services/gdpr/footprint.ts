import type { Db, Tx } from '../../db/client.js';
import { concurrently } from '../../db/concurrently.js';
import { type ApplicationView, applicationsOfCandidate } from '../../db/repos/application-repo.js';
import { type CandidateRow, findDemographics } from '../../db/repos/candidate-repo.js';
import {
  auditAbout,
  consentsOf,
  debriefsOfApplications,
  outboxAbout,
  type PersonTargets,
  versionsOfScorecards,
} from '../../db/repos/gdpr-repo.js';
import { type InterviewView, interviewersOf, interviewsOfApplication } from '../../db/repos/interview-repo.js';
import { decisionsOfApplications, type ScorecardRow, scorecardsOfInterviews } from '../../db/repos/scorecard-repo.js';

type Conn = Db | Tx;

/** Everything stored about one candidate, row by row, before any view or filtering. */
export interface Footprint {
  candidate: CandidateRow;
  targets: PersonTargets;
  applications: ApplicationView[];
  interviews: InterviewView[];
  panels: Awaited<ReturnType<typeof interviewersOf>>;
  scorecards: ScorecardRow[];
  versions: Awaited<ReturnType<typeof versionsOfScorecards>>;
  debriefs: Awaited<ReturnType<typeof debriefsOfApplications>>;
  decisions: Awaited<ReturnType<typeof decisionsOfApplications>>;
  demographics: Awaited<ReturnType<typeof findDemographics>>;
  consents: Awaited<ReturnType<typeof consentsOf>>;
  audit: Awaited<ReturnType<typeof auditAbout>>;
  events: Awaited<ReturnType<typeof outboxAbout>>;
}

/** The ids that tie rows to the person (cheaper than the whole footprint; erasure needs only these). */
export async function personTargets(
  db: Conn,
  candidate: CandidateRow,
): Promise<{ targets: PersonTargets; applications: ApplicationView[]; interviews: InterviewView[] }> {
  const applications = await applicationsOfCandidate(db, candidate.orgId, candidate.id);
  const interviews: InterviewView[] = [];
  for (const a of applications) interviews.push(...(await interviewsOfApplication(db, candidate.orgId, a.id)));
  const cards = await scorecardsOfInterviews(
    db,
    candidate.orgId,
    interviews.map((i) => i.id),
  );
  return {
    targets: {
      candidateId: candidate.id,
      applicationIds: applications.map((a) => a.id),
      interviewIds: interviews.map((i) => i.id),
      scorecardIds: cards.map((c) => c.id),
    },
    applications,
    interviews,
  };
}

/** Load the whole footprint of a candidate of the organisation. */
export async function loadFootprint(db: Conn, candidate: CandidateRow): Promise<Footprint> {
  const orgId = candidate.orgId;
  const { targets, applications, interviews } = await personTargets(db, candidate);
  const [panels, scorecards, versions, debriefs, decisions, demographics, consents, audit, events] = await concurrently(
    db,
    [
      () => interviewersOf(db, targets.interviewIds),
      () => scorecardsOfInterviews(db, orgId, targets.interviewIds),
      () => versionsOfScorecards(db, targets.scorecardIds),
      () => debriefsOfApplications(db, targets.applicationIds),
      () => decisionsOfApplications(db, orgId, targets.applicationIds),
      () => findDemographics(db, orgId, candidate.id),
      () => consentsOf(db, orgId, candidate.id),
      () => auditAbout(db, orgId, targets),
      () => outboxAbout(db, orgId, targets),
    ],
  );
  return {
    candidate,
    targets,
    applications,
    interviews,
    panels,
    scorecards,
    versions,
    debriefs,
    decisions,
    demographics,
    consents,
    audit,
    events,
  };
}
