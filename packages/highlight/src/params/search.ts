import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';

/** GraphQL `Int` is a signed 32-bit integer. */
const GRAPHQL_INT_MAX = 2_147_483_647;

/**
 * The page size `sessions.search()` uses when none is given.
 *
 * @example
 * ```ts
 * const page = await hl.sessions.search({ count: DEFAULT_SEARCH_COUNT * 2 });
 * ```
 */
export const DEFAULT_SEARCH_COUNT = 50;
/**
 * The range `sessions.search()` covers when none is given: the last 30 days.
 *
 * @example
 * ```ts
 * const start = new Date(Date.now() - DEFAULT_SEARCH_DAYS * 86_400_000); // what search() uses by default
 * ```
 */
export const DEFAULT_SEARCH_DAYS = 30;

const PositiveInt = z
  .int({ error: 'Must be a whole number' })
  .check(
    z.minimum(1, { error: 'Must be at least 1' }),
    z.maximum(GRAPHQL_INT_MAX, { error: `Must be at most ${GRAPHQL_INT_MAX}` }),
  );

/**
 * A date range of a search: `start` and `end` as `Date`s or ISO strings (sent as ISO strings); `start` must not be
 * after `end`.
 *
 * @example
 * ```ts
 * const lastWeek = { start: new Date(Date.now() - 7 * 86_400_000), end: new Date() };
 * DateRangeSchema.parse(lastWeek);
 * ```
 */
export const DateRangeSchema = z.strictObject({ start: DateTimeInput, end: DateTimeInput }).check(
  z.refine((range) => !(Date.parse(range.start) > Date.parse(range.end)), {
    error: 'Must not be before start',
    path: ['end'],
  }),
);

/**
 * Parameters of `sessions.search()` (private graph `sessions`):
 * - `query`: Highlight search syntax, e.g. `identifier=ada@example.com has_errors=true visited-url="https://x/*"`;
 *   default `''` (every session);
 * - `dateRange`: sessions created in it; default the last 30 days;
 * - `sort`: `field` (a session key such as `active_length`; default creation time) and `direction` (`desc` default);
 * - `count`: page size (1 – 2^31-1, default 50); `page`: the first page to fetch (from 1, default 1).
 *
 * @example
 * ```ts
 * const page = await hl.sessions.search({ query: 'has_errors=true', sort: { field: 'active_length' }, count: 20 });
 * ```
 */
export const SearchParamsSchema = z.strictObject({
  query: z.optional(z.string()),
  dateRange: z.optional(DateRangeSchema),
  sort: z.optional(
    z.strictObject({
      field: z.optional(z.string().check(z.minLength(1, { error: 'Must not be empty' }))),
      direction: z.optional(z.enum(['asc', 'desc'])),
    }),
  ),
  count: z.optional(PositiveInt),
  page: z.optional(PositiveInt),
});

/**
 * Parameters of `sessions.search()`; see `SearchParamsSchema`.
 *
 * @example
 * ```ts
 * const params: SearchParams = { query: 'environment=production', dateRange: { start: '2026-08-01T00:00:00Z', end: new Date() } };
 * ```
 */
export type SearchParams = z.input<typeof SearchParamsSchema>;

/**
 * The variables one page of `sessions.search()` is fetched with (`page.params`); the next page has `page + 1`.
 *
 * @example
 * ```ts
 * const { page, count, start_date, end_date }: SessionSearchQuery = (await hl.sessions.search()).params;
 * ```
 */
export interface SessionSearchQuery {
  readonly query: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly sort_field?: string | undefined;
  readonly sort_desc: boolean;
  readonly count: number;
  readonly page: number;
}
