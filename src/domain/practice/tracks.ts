import { PRACTICE_TRACKS } from '../../shared/schemas/practice.js';
import type { Category, Topic } from '../../shared/schemas/vocabulary.js';

/** Practice tracks a candidate can pick: the shared contract's list, so the API, the CLI and the draw agree. */
export const TRACKS = PRACTICE_TRACKS;
export type Track = (typeof TRACKS)[number];

/** What each track draws from: topics for technical tracks, categories for the behavioural one. */
export const TRACK_SCOPE: Record<
  Track,
  { topics?: readonly Topic[]; categories?: readonly Category[]; label: string }
> = {
  'api-and-data': {
    label: 'API and data',
    topics: [
      'api-design',
      'api-versioning',
      'idempotency',
      'rate-limiting',
      'pagination',
      'authentication',
      'authorization',
      'security',
      'http',
      'networking',
      'webhooks',
      'databases',
      'sql-vs-nosql',
      'data-modeling',
      'indexing',
      'transactions',
      'migrations',
      'caching',
    ],
  },
  'distributed-systems': {
    label: 'Distributed systems',
    topics: [
      'consistency',
      'distributed-systems',
      'scaling',
      'load-balancing',
      'resilience',
      'queues',
      'concurrency',
      'performance',
      'architecture',
      'caching',
    ],
  },
  'production-ownership': {
    label: 'Production ownership',
    topics: [
      'observability',
      'debugging',
      'incidents',
      'on-call',
      'production-ownership',
      'performance',
      'testing',
      'legacy-code',
    ],
  },
  behavioural: { label: 'Behavioural', categories: ['behavioural', 'values'] },
  mix: { label: 'A mix of everything' },
};
