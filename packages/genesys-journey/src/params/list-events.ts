import type { AssertTrue, InputMatches, SchemaMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import { EventTypeSchema } from '../schemas/event.ts';
import type { EventListQuery, ListEventsParams } from '../types/params.ts';
import { AfterCursor, PageSize } from './fields.ts';

/**
 * Schema of `ListEventsParams`, the filters of `sessions.events`: `eventType` (one type or a list, sent
 * comma-separated), `pageSize` (1–200, sent as a string) and `after`; unknown filters refused.
 *
 * @example
 * ```ts
 * ListEventsParamsSchema.parse({ eventType: ['com.genesys.journey.WebEvent'], pageSize: 50 });
 * // { eventType: 'com.genesys.journey.WebEvent', pageSize: '50' }
 * ```
 */
export const ListEventsParamsSchema = z.strictObject({
  eventType: z.optional(
    z.pipe(
      z.union([
        EventTypeSchema,
        z.readonly(z.array(EventTypeSchema).check(z.minLength(1, { error: 'Must not be empty' }))),
      ]),
      z.transform((value): string => (typeof value === 'string' ? value : [...new Set(value)].join(','))),
    ),
  ),
  pageSize: z.optional(PageSize),
  after: z.optional(AfterCursor),
});
type _ListEventsParamsMatches = AssertTrue<InputMatches<typeof ListEventsParamsSchema, ListEventsParams>>;
type _EventListQueryMatches = AssertTrue<SchemaMatches<typeof ListEventsParamsSchema, Omit<EventListQuery, 'nextUri'>>>;
