import type { GraphSession } from './graph-session.ts';

/**
 * One page of the private graph's `sessions` search (`SessionResults`): the raw sessions, the number matching, and
 * their summed lengths. This is `page.raw` of `sessions.search()`.
 *
 * @example
 * ```ts
 * import { HighlightClient, type SessionResults } from '@sessionkit/highlight';
 *
 * const page = await new HighlightClient({ projectId: '1' }).sessions.search({ query: 'has_errors=true' });
 * const results: SessionResults = page.raw;
 * console.log(results.totalCount, results.totalActiveLength);
 * ```
 */
export interface SessionResults {
  /** The sessions of this page, as the graph returns them (`[Session!]!`). */
  sessions: GraphSession[];
  /** How many sessions match the search in all (`Int64!`). */
  totalCount: number;
  /** The summed length of the matching sessions, in milliseconds (`Int64!`). */
  totalLength: number;
  /** The summed active length of the matching sessions, in milliseconds (`Int64!`). */
  totalActiveLength: number;
}
