import { type AssertTrue, DateTimeInput, type InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { DateRange, GetSessionParams, SearchParams, SearchSort } from '../types/params.ts';

/** GraphQL `Int` is a signed 32-bit integer. */
const GRAPHQL_INT_MAX = 2_147_483_647;

const PositiveInt = z
  .int({ error: 'Must be a whole number' })
  .check(
    z.minimum(1, { error: 'Must be at least 1' }),
    z.maximum(GRAPHQL_INT_MAX, { error: `Must be at most ${GRAPHQL_INT_MAX}` }),
  );

const DateRangeObject = z.strictObject({ start: DateTimeInput, end: DateTimeInput });

/**
 * `DateRange` as a schema: `start` and `end` as `Date`s or ISO strings (output as ISO strings); `start` must not be
 * after `end`.
 *
 * @example
 * ```ts
 * DateRangeSchema.parse({ start: new Date(Date.now() - 7 * 86_400_000), end: new Date() });
 * ```
 */
export const DateRangeSchema: z.ZodMiniType<{ start: string; end: string }, DateRange> = DateRangeObject.check(
  z.refine((range) => !(Date.parse(range.start) > Date.parse(range.end)), {
    error: 'Must not be before start',
    path: ['end'],
  }),
);

const SearchSortObject = z.strictObject({
  field: z.optional(z.string().check(z.minLength(1, { error: 'Must not be empty' }))),
  direction: z.optional(z.enum(['asc', 'desc'])),
});

const SearchParamsObject = z.strictObject({
  query: z.optional(z.string()),
  dateRange: z.optional(DateRangeSchema),
  sort: z.optional(SearchSortObject),
  count: z.optional(PositiveInt),
  page: z.optional(PositiveInt),
});

/**
 * `SearchParams` as a schema: a date range in order, a known sort direction, `count` and `page` whole numbers from 1
 * to 2^31-1; unknown keys refused.
 *
 * @example
 * ```ts
 * SearchParamsSchema.parse({ query: 'has_errors=true', sort: { field: 'active_length' }, count: 20 });
 * ```
 */
export const SearchParamsSchema: z.ZodMiniType<z.output<typeof SearchParamsObject>, SearchParams> = SearchParamsObject;

const GetSessionParamsObject = z.strictObject({
  countErrors: z.optional(z.boolean({ error: 'Must be a boolean' })),
});

/**
 * `GetSessionParams` as a schema; unknown keys refused (request options go in the last argument).
 *
 * @example
 * ```ts
 * GetSessionParamsSchema.parse({ countErrors: true });
 * ```
 */
export const GetSessionParamsSchema: z.ZodMiniType<GetSessionParams, GetSessionParams> = GetSessionParamsObject;

type _DateRangeMatches = AssertTrue<InputMatches<typeof DateRangeObject, DateRange>>;
type _SearchSortMatches = AssertTrue<InputMatches<typeof SearchSortObject, SearchSort>>;
type _SearchParamsMatches = AssertTrue<InputMatches<typeof SearchParamsObject, SearchParams>>;
type _GetSessionParamsMatches = AssertTrue<InputMatches<typeof GetSessionParamsObject, GetSessionParams>>;
