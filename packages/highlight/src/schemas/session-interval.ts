import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { SessionInterval } from '../types/session-interval.ts';
import { Timestamp } from './scalars.ts';

/** The unannotated object (its shape lists the declared keys). */
export const SessionIntervalObject = z.looseObject({
  session_secure_id: z.string(),
  start_time: Timestamp,
  end_time: Timestamp,
  duration: z.int(),
  active: z.boolean(),
});

/**
 * `SessionInterval` as a schema (private graph `SessionInterval`).
 *
 * @example
 * ```ts
 * const interval = SessionIntervalSchema.parse({ session_secure_id: id, start_time, end_time, duration: 1000, active: true });
 * ```
 */
export const SessionIntervalSchema: SchemaOf<SessionInterval> = SessionIntervalObject;

type _SessionIntervalMatches = AssertTrue<SchemaMatches<typeof SessionIntervalObject, SessionInterval>>;
