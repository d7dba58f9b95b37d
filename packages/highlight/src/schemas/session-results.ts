import * as z from 'zod/mini';
import { GraphSessionSchema } from './graph-session.ts';
import { Int64 } from './scalars.ts';

/**
 * One page of the private graph's `sessions` search (`SessionResults`): the raw sessions, the total number matching,
 * and their summed lengths (milliseconds). This is `page.raw` of `sessions.search()`.
 *
 * @example
 * ```ts
 * const page = await hl.sessions.search({ query: 'has_errors=true' });
 * const results: SessionResults = page.raw;
 * console.log(results.totalCount, results.totalActiveLength);
 * ```
 */
export const SessionResultsSchema = z.looseObject({
  sessions: z.array(GraphSessionSchema),
  totalCount: Int64,
  totalLength: Int64,
  totalActiveLength: Int64,
});

/**
 * One page of session search results; see `SessionResultsSchema`.
 *
 * @example
 * ```ts
 * const { totalCount }: SessionResults = (await hl.sessions.search()).raw;
 * ```
 */
export type SessionResults = z.output<typeof SessionResultsSchema>;
