/**
 * An active or inactive period of a session (private graph `SessionInterval`), ordered by `start_time`.
 *
 * @example
 * ```ts
 * import { HighlightClient, type SessionInterval } from '@sessionkit/highlight';
 *
 * declare const secureId: string;
 * const intervals: SessionInterval[] = await new HighlightClient({ projectId: '1' }).sessions.intervals(secureId);
 * const activeMs = intervals.filter((interval) => interval.active).reduce((sum, interval) => sum + interval.duration, 0);
 * ```
 */
export interface SessionInterval {
  /** The session's secure id (`String!`). */
  session_secure_id: string;
  /** When the period started (`Timestamp!`). */
  start_time: string;
  /** When the period ended (`Timestamp!`). */
  end_time: string;
  /** The period's length in milliseconds (`Int!`). */
  duration: number;
  /** Whether the user was active during the period (`Boolean!`). */
  active: boolean;
}
