import { z } from 'zod';
import { DIMENSIONS, LEVELS } from './vocabulary.js';

const perDimension = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, value])) as Record<(typeof DIMENSIONS)[number], T>);
const perLevel = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(LEVELS.map((l) => [l, value])) as Record<(typeof LEVELS)[number], T>);

/** Anchor texts for the five points of the scale, keyed "1".."5". */
const ZAnchors = z.object({
  '1': z.string().min(10),
  '2': z.string().min(10),
  '3': z.string().min(10),
  '4': z.string().min(10),
  '5': z.string().min(10),
});

/**
 * The rubric: dimensions with descriptions, default weights per level (each level's weights
 * sum to 1), the generic 1–5 scale, and per-level anchor text for every dimension and score.
 */
export const ZRubric = z.object({
  version: z.number().int().min(1),
  source: z.string().min(2),
  license: z.string().min(2),
  scale: ZAnchors,
  notAssessed: z.string().min(10),
  dimensions: z.array(
    z.object({
      id: z.enum(DIMENSIONS),
      name: z.string().min(3),
      description: z.string().min(20),
    }),
  ),
  weights: perLevel(perDimension(z.number().min(0).max(1))),
  anchors: perLevel(perDimension(ZAnchors)),
});
export type TRubric = z.infer<typeof ZRubric>;
