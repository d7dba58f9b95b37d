import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { GenesysErrorBody, GenesysErrorDetail, GenesysErrorLimit } from '../types/error-body.ts';

const ErrorDetailObject = z.looseObject({
  errorCode: z.nullish(z.string()),
  fieldName: z.nullish(z.string()),
  entityId: z.nullish(z.string()),
  entityName: z.nullish(z.string()),
});

/**
 * Schema of `GenesysErrorDetail` (spec `Detail`); unknown fields kept.
 *
 * @example
 * ```ts
 * ErrorDetailSchema.parse({ fieldName: 'pageSize', errorCode: 'invalid' });
 * ```
 */
export const ErrorDetailSchema: SchemaOf<GenesysErrorDetail> = ErrorDetailObject;
type _ErrorDetailMatches = AssertTrue<SchemaMatches<typeof ErrorDetailObject, GenesysErrorDetail>>;

const ErrorLimitObject = z.looseObject({
  key: z.nullish(z.string()),
  namespace: z.nullish(z.string()),
  value: z.nullish(z.number()),
});

/**
 * Schema of `GenesysErrorLimit` (spec `Limit`); unknown fields kept.
 *
 * @example
 * ```ts
 * ErrorLimitSchema.parse({ namespace: 'journey', key: 'events.per.minute', value: 300 });
 * ```
 */
export const ErrorLimitSchema: SchemaOf<GenesysErrorLimit> = ErrorLimitObject;
type _ErrorLimitMatches = AssertTrue<SchemaMatches<typeof ErrorLimitObject, GenesysErrorLimit>>;

const ErrorBodyObject = z.looseObject({
  message: z.nullish(z.string()),
  code: z.nullish(z.string()),
  status: z.nullish(z.number()),
  entityId: z.nullish(z.string()),
  entityName: z.nullish(z.string()),
  messageWithParams: z.nullish(z.string()),
  messageParams: z.nullish(z.record(z.string(), z.string())),
  contextId: z.nullish(z.string()),
  details: z.nullish(z.array(ErrorDetailSchema)),
  get errors() {
    return z.nullish(z.array(ErrorBodySchema));
  },
  limit: z.nullish(ErrorLimitSchema),
});

/**
 * Schema of `GenesysErrorBody` (spec `ErrorBody`), recursive through `errors`; unknown fields kept.
 *
 * @example
 * ```ts
 * const parsed = ErrorBodySchema.safeParse(json);
 * ```
 */
export const ErrorBodySchema: SchemaOf<GenesysErrorBody> = ErrorBodyObject;
type _ErrorBodyMatches = AssertTrue<SchemaMatches<typeof ErrorBodyObject, GenesysErrorBody>>;
