import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { AddressableEntityRefSchema } from './entity-refs.ts';

/**
 * The predicted likelihood that the session reaches one outcome (spec `OutcomeScore`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const best = result.outcomeScores?.toSorted((a, b) => (b.probability ?? 0) - (a.probability ?? 0))[0];
 * ```
 */
export const OutcomeScoreSchema = z.looseObject({
  outcome: z.nullish(AddressableEntityRefSchema),
  sessionMaxProbability: z.nullish(z.number()),
  probability: z.nullish(z.number()),
  /** @deprecated Use `quantile`. */
  percentile: z.nullish(z.int()),
  /** @deprecated Use `sessionMaxQuantile`. */
  sessionMaxPercentile: z.nullish(z.int()),
  quantile: z.nullish(z.number()),
  sessionMaxQuantile: z.nullish(z.number()),
});

/**
 * The predicted likelihood of one outcome; see `OutcomeScoreSchema`.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const score: OutcomeScore = { outcome: { id: 'o-1' }, probability: 0.42 };
 * ```
 */
export type OutcomeScore = z.infer<typeof OutcomeScoreSchema>;

/**
 * The outcome scores of a session (spec `OutcomeScoresResult`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const { outcomeScores, modifiedDate } = await gj.sessions.outcomeScores(sessionId);
 * ```
 */
export const OutcomeScoresResultSchema = z.looseObject({
  outcomeScores: z.nullish(z.array(OutcomeScoreSchema)),
  /** When the session was last scored. */
  modifiedDate: z.nullish(IsoDateTime),
});

/**
 * The outcome scores of a session; see `OutcomeScoresResultSchema`.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const result: OutcomeScoresResult = await gj.sessions.outcomeScores(sessionId);
 * ```
 */
export type OutcomeScoresResult = z.infer<typeof OutcomeScoresResultSchema>;
