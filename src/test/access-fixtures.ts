import type { LightMyRequestResponse } from 'fastify';
import type { DemoSeed, DemoUser } from '../services/demo/seed-demo.js';
import type { TestApp } from './app.js';
import { bearer, userWith } from './seed.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A question body that passes the linter (no protected characteristics, job-related). */
export const questionDraft = {
  text: 'Our checkout endpoint times out under load. Walk me through how you would find out why.',
  category: 'situational',
  levels: ['mid'],
  topics: ['debugging', 'performance'],
  dimensions: ['debugging'],
};

/** A complete scorecard for the given dimensions, with evidence for every score. */
export const scorecardFor = (dimensions: string[], recommendation = 3) => ({
  ratings: dimensions.map((dimension) => ({
    dimension,
    score: 3,
    evidence: `they said they would measure before fixing, which suggests ${dimension}`,
  })),
  notes: 'access matrix notes',
  recommendation,
});

/**
 * Creates real data in one organisation through the API (as its admin unless told otherwise),
 * failing loudly when a set-up call does not succeed, so a broken fixture is never mistaken
 * for an access decision.
 */
export class AccessFixtures {
  private n = 0;
  readonly admin: DemoUser;

  constructor(
    private readonly t: TestApp,
    readonly org: DemoSeed,
  ) {
    this.admin = userWith(org, 'admin');
  }

  /** A name no other fixture uses. */
  unique(prefix: string): string {
    this.n += 1;
    return `${prefix}-${this.n}`;
  }

  /** Call the API and return the JSON body; throws unless the status is 2xx. */
  async ok<T = Record<string, unknown>>(
    method: Method,
    url: string,
    payload?: object,
    headers: Record<string, string> = bearer(this.admin),
  ): Promise<T> {
    const res: LightMyRequestResponse = await this.t.app.inject({
      method,
      url,
      headers,
      ...(payload && { payload }),
    });
    if (res.statusCode < 200 || res.statusCode >= 300)
      throw new Error(`fixture ${method} ${url} failed: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : {}) as T;
  }

  /** A mid-level role with its composed loop; the first stage that has questions, and one of them. */
  async role(): Promise<{ id: string; stageKey: string; otherStageKey: string; questionId: string }> {
    const role = await this.ok<{ id: string }>('POST', '/api/v1/roles', {
      title: this.unique('Backend Engineer'),
      level: 'mid',
      band: { min: 130000, max: 160000 },
      location: 'Remote',
    });
    const loop = await this.ok<{ stages: { key: string; questions: { id: string }[] }[] }>(
      'GET',
      `/api/v1/roles/${role.id}/loop`,
    );
    const stage = loop.stages.find((s) => s.questions.length > 0);
    const other = loop.stages.find((s) => s.key !== stage?.key);
    const question = stage?.questions[0];
    if (!stage || !other || !question) throw new Error('the composed loop has no stage with questions');
    return { id: role.id, stageKey: stage.key, otherStageKey: other.key, questionId: question.id };
  }

  /** A candidate, applied to the role when one is given. */
  async candidate(roleId?: string): Promise<{ id: string; applicationId: string | undefined }> {
    const name = this.unique('Candidate');
    const c = await this.ok<{ id: string; applications: { id: string }[] }>('POST', '/api/v1/candidates', {
      name,
      email: `${name.toLowerCase()}@example.com`,
      ...(roleId && { roleId }),
    });
    return { id: c.id, applicationId: c.applications[0]?.id };
  }

  /** A fresh application to the role. */
  async application(roleId: string): Promise<string> {
    const { applicationId } = await this.candidate(roleId);
    if (!applicationId) throw new Error('candidate was not applied');
    return applicationId;
  }

  /** An interview of the application at the stage, with this panel. */
  async interview(applicationId: string, stage: string, panel: DemoUser[]): Promise<string> {
    const i = await this.ok<{ id: string }>('POST', '/api/v1/interviews', {
      applicationId,
      stage,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: panel.map((u) => u.id),
    });
    return i.id;
  }

  /** The dimensions an interview's stage scores (from its kit, as a panellist sees it). */
  async dimensions(interviewId: string, panellist: DemoUser): Promise<string[]> {
    const kit = await this.ok<{ dimensions: { id: string }[] }>(
      'GET',
      `/api/v1/interviews/${interviewId}`,
      undefined,
      bearer(panellist),
    );
    return kit.dimensions.map((d) => d.id);
  }

  /** Submit the panellist's complete scorecard for the interview. */
  async submitScorecard(interviewId: string, panellist: DemoUser): Promise<void> {
    const dims = await this.dimensions(interviewId, panellist);
    await this.ok(
      'POST',
      `/api/v1/interviews/${interviewId}/scorecards/me/submit`,
      scorecardFor(dims),
      bearer(panellist),
    );
  }

  /** An organisation question with a fresh id. */
  async question(): Promise<string> {
    const q = await this.ok<{ id: string }>('POST', '/api/v1/questions', {
      ...questionDraft,
      id: this.unique('access-matrix-question'),
    });
    return q.id;
  }

  /** A webhook endpoint of the organisation. */
  async webhook(): Promise<string> {
    const w = await this.ok<{ id: string }>('POST', '/api/v1/webhooks', {
      url: 'https://ats.example.com/caliper-hook',
      events: ['decision.made'],
    });
    return w.id;
  }

  /** A personal API token of the admin. */
  async token(): Promise<string> {
    const tok = await this.ok<{ id: string }>('POST', '/api/v1/tokens', { name: this.unique('matrix') });
    return tok.id;
  }

  /** A local practice profile (no account); returns its secret. */
  async practiceProfile(): Promise<string> {
    const p = await this.ok<{ secret: string }>('POST', '/api/v1/practice/profiles', { targetLevel: 'mid' }, {});
    return p.secret;
  }

  /** A practice round of the profile with at least `count` questions. */
  async practiceRound(secret: string, count: number): Promise<{ id: string; questionIds: string[] }> {
    const round = await this.ok<{ id: string; questions: { id: string }[] }>(
      'POST',
      '/api/v1/practice/rounds',
      { level: 'mid', track: 'mix', minutes: 60 },
      { 'x-practice-profile': secret },
    );
    if (round.questions.length < count) throw new Error(`a practice round has fewer than ${count} questions`);
    return { id: round.id, questionIds: round.questions.map((q) => q.id) };
  }
}
