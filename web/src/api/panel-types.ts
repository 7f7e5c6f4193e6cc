/**
 * Types of the panel API, inferred from the shared Zod contracts with type-only imports, so
 * the schemas (and zod) never reach the web bundle.
 */
import type { z } from 'zod';
import type {
  ZApplicationSummary,
  ZCandidatePacket,
  ZInterviewSummary,
  ZLoopQuestion,
  ZLoopWarning,
  ZPipeline,
  ZSwapSuggestion,
} from '../../../src/shared/schemas/panel.js';

/** A warning about a role's loop; `stage` names the stage key when it is about one stage. */
export type TLoopWarning = z.infer<typeof ZLoopWarning>;
/** One question placed in a loop stage. */
export type TLoopQuestion = z.infer<typeof ZLoopQuestion>;
/** A question the server suggests in place of another, covering the same dimension. */
export type TSwapSuggestion = z.infer<typeof ZSwapSuggestion>;
/** One of a candidate's applications. */
export type TApplicationSummary = z.infer<typeof ZApplicationSummary>;
/** A role's pipeline: its loop stages with the applications at each. */
export type TPipeline = z.infer<typeof ZPipeline>;
/** One card of the pipeline board. */
export type TPipelineApplication = TPipeline['stages'][number]['applications'][number];
/** What a candidate is sent before the loop. */
export type TCandidatePacket = z.infer<typeof ZCandidatePacket>;
/** A scheduled, held or cancelled interview. */
export type TInterviewSummary = z.infer<typeof ZInterviewSummary>;
