import { type AssertTrue, DateTimeInput, type InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ExternalEventInput } from '../types/params.ts';
import { NonEmpty } from './fields.ts';

/**
 * Schema of `ExternalEventInput`, one external event to ingest (spec `ExternalEvent`): exactly one external id;
 * unknown fields refused.
 *
 * @example
 * ```ts
 * ExternalEventInputSchema.parse({ id, dateCreated: new Date(), identifiers, attributes: {} });
 * ```
 */
export const ExternalEventInputSchema = z.strictObject({
  id: NonEmpty,
  dateCreated: DateTimeInput,
  identifiers: z.strictObject({
    externalIds: z.readonly(
      z
        .array(z.strictObject({ value: NonEmpty, externalSourceId: NonEmpty }))
        .check(z.length(1, { error: 'Must hold exactly one identifier' })),
    ),
  }),
  attributes: z.record(z.string(), z.record(z.string(), z.unknown())),
});
type _ExternalEventInputMatches = AssertTrue<InputMatches<typeof ExternalEventInputSchema, ExternalEventInput>>;

/**
 * The events of one `externalEvents.send` call: 1 to 10 (the spec's `ExternalEventsRequest.entities` limits).
 *
 * @example
 * ```ts
 * ExternalEventsInputSchema.parse(events);
 * ```
 */
export const ExternalEventsInputSchema = z.readonly(
  z
    .array(ExternalEventInputSchema)
    .check(
      z.minLength(1, { error: 'Must hold at least 1 event' }),
      z.maxLength(10, { error: 'Must hold at most 10 events' }),
    ),
);
