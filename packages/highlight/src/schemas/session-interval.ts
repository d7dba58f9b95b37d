import * as z from 'zod/mini';
import { Timestamp } from './scalars.ts';

/**
 * An active or inactive period of a session (private graph `SessionInterval`), ordered by `start_time`; `duration`
 * is in milliseconds.
 *
 * @example
 * ```ts
 * const intervals = await hl.sessions.intervals(secureId);
 * const activeMs = intervals.filter((interval) => interval.active).reduce((sum, interval) => sum + interval.duration, 0);
 * ```
 */
export const SessionIntervalSchema = z.looseObject({
  session_secure_id: z.string(),
  start_time: Timestamp,
  end_time: Timestamp,
  duration: z.int(),
  active: z.boolean(),
});

/**
 * An active or inactive period of a session; see `SessionIntervalSchema`.
 *
 * @example
 * ```ts
 * const [first]: SessionInterval[] = await hl.sessions.intervals(secureId);
 * ```
 */
export type SessionInterval = z.output<typeof SessionIntervalSchema>;
