import { type AssertTrue, IsoDateTime, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  ExternalEvent,
  ExternalEventExternalId,
  ExternalEventIdentifiers,
  ExternalEventsResponse,
  UnprocessedExternalEvent,
} from '../types/external-events.ts';

const ExternalEventExternalIdObject = z.looseObject({ value: z.string(), externalSourceId: z.string() });

/**
 * Schema of `ExternalEventExternalId` (spec `ExternalEventExternalId`); unknown fields kept.
 *
 * @example
 * ```ts
 * ExternalEventExternalIdSchema.parse({ externalSourceId: 'crm', value: 'crm-42' });
 * ```
 */
export const ExternalEventExternalIdSchema: SchemaOf<ExternalEventExternalId> = ExternalEventExternalIdObject;
type _ExternalEventExternalIdMatches = AssertTrue<
  SchemaMatches<typeof ExternalEventExternalIdObject, ExternalEventExternalId>
>;

const ExternalEventIdentifiersObject = z.looseObject({ externalIds: z.array(ExternalEventExternalIdSchema) });

/**
 * Schema of `ExternalEventIdentifiers` (spec `ExternalEventIdentifiers`); unknown fields kept.
 *
 * @example
 * ```ts
 * ExternalEventIdentifiersSchema.parse({ externalIds: [{ externalSourceId: 'crm', value: 'crm-42' }] });
 * ```
 */
export const ExternalEventIdentifiersSchema: SchemaOf<ExternalEventIdentifiers> = ExternalEventIdentifiersObject;
type _ExternalEventIdentifiersMatches = AssertTrue<
  SchemaMatches<typeof ExternalEventIdentifiersObject, ExternalEventIdentifiers>
>;

const ExternalEventObject = z.looseObject({
  id: z.string(),
  dateCreated: IsoDateTime,
  identifiers: ExternalEventIdentifiersSchema,
  attributes: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/**
 * Schema of `ExternalEvent` (spec `ExternalEvent`) as Genesys echoes it back; unknown fields kept.
 *
 * @example
 * ```ts
 * const event = ExternalEventSchema.parse(json.unprocessedEntities[0].event);
 * ```
 */
export const ExternalEventSchema: SchemaOf<ExternalEvent> = ExternalEventObject;
type _ExternalEventMatches = AssertTrue<SchemaMatches<typeof ExternalEventObject, ExternalEvent>>;

const UnprocessedExternalEventObject = z.looseObject({
  event: ExternalEventSchema,
  originalRequestIndex: z.int(),
  isRetryable: z.boolean(),
  errorMessage: z.string(),
  statusCode: z.nullish(z.int()),
});

/**
 * Schema of `UnprocessedExternalEvent` (spec `UnprocessedExternalEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * const failure = UnprocessedExternalEventSchema.parse(json.unprocessedEntities[0]);
 * ```
 */
export const UnprocessedExternalEventSchema: SchemaOf<UnprocessedExternalEvent> = UnprocessedExternalEventObject;
type _UnprocessedExternalEventMatches = AssertTrue<
  SchemaMatches<typeof UnprocessedExternalEventObject, UnprocessedExternalEvent>
>;

const ExternalEventsResponseObject = z.looseObject({
  unprocessedEntities: z.array(UnprocessedExternalEventSchema),
});

/**
 * Schema of `ExternalEventsResponse` (spec `ExternalEventsResponse`); unknown fields kept.
 *
 * @example
 * ```ts
 * ExternalEventsResponseSchema.parse({ unprocessedEntities: [] });
 * ```
 */
export const ExternalEventsResponseSchema: SchemaOf<ExternalEventsResponse> = ExternalEventsResponseObject;
type _ExternalEventsResponseMatches = AssertTrue<
  SchemaMatches<typeof ExternalEventsResponseObject, ExternalEventsResponse>
>;
