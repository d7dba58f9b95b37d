import * as z from 'zod/mini';
import { EventTypeSchema } from '../schemas/event.ts';
import { AfterCursor, PageSize } from './fields.ts';

/**
 * Filters of `sessions.events` (spec `GET /api/v2/journey/sessions/{sessionId}/events`): `eventType` (one type or a
 * list, sent comma-separated), `pageSize` (1–200, Genesys' maximum), and `after` to resume from a cursor.
 *
 * @example
 * ```ts
 * for await (const event of gj.sessions.events(sessionId, {
 *   eventType: ['com.genesys.journey.WebEvent', 'com.genesys.journey.WebActionEvent'],
 *   pageSize: 200,
 * })) console.log(event.eventType);
 * ```
 */
export const ListEventsParamsSchema = z.strictObject({
  eventType: z.optional(
    z.pipe(
      z.union([EventTypeSchema, z.array(EventTypeSchema).check(z.minLength(1, { error: 'Must not be empty' }))]),
      z.transform((value) => (typeof value === 'string' ? value : [...new Set(value)].join(','))),
    ),
  ),
  pageSize: z.optional(PageSize),
  after: z.optional(AfterCursor),
});

/**
 * Filters of `sessions.events` (input of `ListEventsParamsSchema`).
 *
 * @example
 * ```ts
 * const params: ListEventsParams = { eventType: 'com.genesys.journey.AppEvent', pageSize: 50 };
 * ```
 */
export type ListEventsParams = z.input<typeof ListEventsParamsSchema>;

/**
 * The query `sessions.events` sends (`page.params`): the validated filters, then `{ nextUri }` after the first page.
 *
 * @example
 * ```ts
 * const page = await gj.sessions.events(sessionId, { pageSize: 10 });
 * const query: EventListQuery = page.params;
 * ```
 */
export type EventListQuery = z.output<typeof ListEventsParamsSchema> & { readonly nextUri?: string | undefined };
