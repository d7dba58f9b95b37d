import type { RequestOptions } from '../http/client-options.ts';
import type { SessionSummary, VendorName } from './session-summary.ts';

/**
 * Options of `SessionSource.recentSummaries`.
 *
 * @example
 * ```ts
 * const options: RecentSessionsOptions = { maxItems: 25, timeoutMs: 5_000 };
 * for await (const summary of vapi.sessions.recentSummaries(options)) console.log(summary.id, summary.status);
 * ```
 */
export interface RecentSessionsOptions extends RequestOptions {
  /** The most summaries to yield in all (a whole number ≥ 0). Default: every session the vendor lists. */
  readonly maxItems?: number | undefined;
}

/**
 * What each vendor client's `sessions` resource implements, so tools can treat every vendor alike.
 *
 * @example
 * ```ts
 * for (const source of [vapi.sessions, highlight.sessions]) {
 *   for await (const summary of source.recentSummaries({ maxItems: 10 })) console.log(summary);
 * }
 * ```
 */
export interface SessionSource<TSession> {
  /** The vendor holding the sessions. */
  readonly vendor: VendorName;
  /** Maps a vendor session to the shared summary. */
  toSummary(session: TSession): SessionSummary;
  /** Recent sessions as summaries, newest first where the vendor can sort. */
  recentSummaries(options?: RecentSessionsOptions): AsyncIterable<SessionSummary>;
}
