import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * An external event as Genesys echoes it back (spec `ExternalEvent`).
 *
 * @example
 * ```ts
 * const { unprocessedEntities } = await gj.externalEvents.send(configurationId, events);
 * console.log(unprocessedEntities.map((failure) => failure.event.id));
 * ```
 */
export const ExternalEventSchema = z.looseObject({
  id: z.string(),
  dateCreated: IsoDateTime,
  identifiers: z.looseObject({
    externalIds: z.array(z.looseObject({ value: z.string(), externalSourceId: z.string() })),
  }),
  attributes: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/**
 * An external event as Genesys echoes it back; see `ExternalEventSchema`.
 *
 * @example
 * ```ts
 * const event: ExternalEvent = failure.event;
 * ```
 */
export type ExternalEvent = z.infer<typeof ExternalEventSchema>;

/**
 * An event Genesys could not ingest (spec `UnprocessedExternalEvent`), with its index in the request.
 *
 * @example
 * ```ts
 * const retryable = unprocessedEntities.filter((failure) => failure.isRetryable);
 * ```
 */
export const UnprocessedExternalEventSchema = z.looseObject({
  event: ExternalEventSchema,
  originalRequestIndex: z.int(),
  isRetryable: z.boolean(),
  errorMessage: z.string(),
  statusCode: z.nullish(z.int()),
});

/**
 * An event Genesys could not ingest; see `UnprocessedExternalEventSchema`.
 *
 * @example
 * ```ts
 * const failure: UnprocessedExternalEvent | undefined = result.unprocessedEntities[0];
 * ```
 */
export type UnprocessedExternalEvent = z.infer<typeof UnprocessedExternalEventSchema>;

/**
 * The result of `externalEvents.send` (spec `ExternalEventsResponse`): the events that failed, if any.
 *
 * @example
 * ```ts
 * const result: ExternalEventsResponse = await gj.externalEvents.send(configurationId, events);
 * if (result.unprocessedEntities.length === 0) console.log('all ingested');
 * ```
 */
export const ExternalEventsResponseSchema = z.looseObject({
  unprocessedEntities: z.array(UnprocessedExternalEventSchema),
});

/**
 * The result of `externalEvents.send`; see `ExternalEventsResponseSchema`.
 *
 * @example
 * ```ts
 * const { unprocessedEntities }: ExternalEventsResponse = await gj.externalEvents.send(configurationId, events);
 * ```
 */
export type ExternalEventsResponse = z.infer<typeof ExternalEventsResponseSchema>;
