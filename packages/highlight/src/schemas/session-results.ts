import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { SessionResults } from '../types/session-results.ts';
import { GraphSessionSchema } from './graph-session.ts';
import { Int64 } from './scalars.ts';

/** The unannotated object (its shape lists the declared keys). */
export const SessionResultsObject = z.looseObject({
  sessions: z.array(GraphSessionSchema),
  totalCount: Int64,
  totalLength: Int64,
  totalActiveLength: Int64,
});

/**
 * `SessionResults` as a schema (private graph `SessionResults`).
 *
 * @example
 * ```ts
 * const results = SessionResultsSchema.parse(body.data.sessions);
 * ```
 */
export const SessionResultsSchema: SchemaOf<SessionResults> = SessionResultsObject;

type _SessionResultsMatches = AssertTrue<SchemaMatches<typeof SessionResultsObject, SessionResults>>;
