import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';
import { NonEmpty } from './fields.ts';

/**
 * One external event to ingest (spec `ExternalEvent`): your `id`, when it happened (`dateCreated`, a `Date` or an ISO
 * string), the contact it is about (`identifiers.externalIds`, exactly one `{ externalSourceId, value }`), and its
 * `attributes` (objects by name, as the event schema of the configuration defines them).
 *
 * @example
 * ```ts
 * const event: ExternalEventInput = {
 *   id: 'order-1042-shipped',
 *   dateCreated: new Date(),
 *   identifiers: { externalIds: [{ externalSourceId, value: 'crm-42' }] },
 *   attributes: { order: { id: '1042', status: 'shipped' } },
 * };
 * ```
 */
export const ExternalEventInputSchema = z.strictObject({
  id: NonEmpty,
  dateCreated: DateTimeInput,
  identifiers: z.strictObject({
    externalIds: z
      .array(z.strictObject({ value: NonEmpty, externalSourceId: NonEmpty }))
      .check(z.length(1, { error: 'Must hold exactly one identifier' })),
  }),
  attributes: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/**
 * One external event to ingest (input of `ExternalEventInputSchema`).
 *
 * @example
 * ```ts
 * const events: ExternalEventInput[] = [{ id, dateCreated: new Date(), identifiers, attributes: {} }];
 * ```
 */
export type ExternalEventInput = z.input<typeof ExternalEventInputSchema>;

/**
 * The events of one `externalEvents.send` call: 1 to 10 (the spec's `ExternalEventsRequest.entities` limits).
 *
 * @example
 * ```ts
 * const entities = validateInput(ExternalEventsInputSchema, events, 'external events');
 * ```
 */
export const ExternalEventsInputSchema = z
  .array(ExternalEventInputSchema)
  .check(
    z.minLength(1, { error: 'Must hold at least 1 event' }),
    z.maxLength(10, { error: 'Must hold at most 10 events' }),
  );
