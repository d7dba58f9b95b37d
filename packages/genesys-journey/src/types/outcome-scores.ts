import type { AddressableEntityRef } from './entity-refs.ts';

/**
 * The predicted likelihood that the session reaches one outcome (spec `OutcomeScore`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const score: OutcomeScore = { outcome: { id: 'o-1' }, probability: 0.42 };
 * ```
 */
export interface OutcomeScore {
  /** The outcome that the score was calculated for. */
  outcome?: AddressableEntityRef | null | undefined;
  /** Represents the max probability reached in the session. */
  sessionMaxProbability?: number | null | undefined;
  /** Represents the likelihood of a customer reaching or achieving a given outcome. */
  probability?: number | null | undefined;
  /**
   * Represents the predicted probability's percentile score when compared with all other generated probabilities for
   * a given outcome.
   *
   * @deprecated Use `quantile` instead (deprecated in the spec).
   */
  percentile?: number | null | undefined;
  /**
   * Represents the maximum likelihood percentile score reached for a given outcome by the current session.
   *
   * @deprecated Use `sessionMaxQuantile` instead (deprecated in the spec).
   */
  sessionMaxPercentile?: number | null | undefined;
  /** Represents the quantity of sessions that have a maximum probability less than the predicted probability. */
  quantile?: number | null | undefined;
  /**
   * Represents the quantity of sessions that have a maximum probability less than the predicted session max
   * probability.
   */
  sessionMaxQuantile?: number | null | undefined;
}

/**
 * The outcome scores of a session (spec `OutcomeScoresResult`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const result: OutcomeScoresResult = await gj.sessions.outcomeScores(sessionId);
 * ```
 */
export interface OutcomeScoresResult {
  /** List of scored outcomes in the session. */
  outcomeScores?: OutcomeScore[] | null | undefined;
  /**
   * Timestamp indicating the last time that the event was scored. Date time is represented as an ISO-8601 string. For
   * example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  modifiedDate?: string | null | undefined;
}
