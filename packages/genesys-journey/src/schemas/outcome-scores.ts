import { type AssertTrue, IsoDateTime, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { OutcomeScore, OutcomeScoresResult } from '../types/outcome-scores.ts';
import { AddressableEntityRefSchema } from './entity-refs.ts';

const OutcomeScoreObject = z.looseObject({
  outcome: z.nullish(AddressableEntityRefSchema),
  sessionMaxProbability: z.nullish(z.number()),
  probability: z.nullish(z.number()),
  percentile: z.nullish(z.int()),
  sessionMaxPercentile: z.nullish(z.int()),
  quantile: z.nullish(z.number()),
  sessionMaxQuantile: z.nullish(z.number()),
});

/**
 * Schema of `OutcomeScore` (spec `OutcomeScore`); unknown fields kept.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * OutcomeScoreSchema.parse({ outcome: { id: 'o-1' }, probability: 0.42 });
 * ```
 */
export const OutcomeScoreSchema: SchemaOf<OutcomeScore> = OutcomeScoreObject;
type _OutcomeScoreMatches = AssertTrue<SchemaMatches<typeof OutcomeScoreObject, OutcomeScore>>;

const OutcomeScoresResultObject = z.looseObject({
  outcomeScores: z.nullish(z.array(OutcomeScoreSchema)),
  modifiedDate: z.nullish(IsoDateTime),
});

/**
 * Schema of `OutcomeScoresResult` (spec `OutcomeScoresResult`); unknown fields kept.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * OutcomeScoresResultSchema.parse({ outcomeScores: [] });
 * ```
 */
export const OutcomeScoresResultSchema: SchemaOf<OutcomeScoresResult> = OutcomeScoresResultObject;
type _OutcomeScoresResultMatches = AssertTrue<SchemaMatches<typeof OutcomeScoresResultObject, OutcomeScoresResult>>;
