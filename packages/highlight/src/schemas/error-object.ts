import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ErrorObject, ErrorTrace } from '../types/error-object.ts';
import { Timestamp } from './scalars.ts';

/** The unannotated object (its shape lists the declared keys). */
export const ErrorTraceObject = z.looseObject({
  fileName: z.nullish(z.string()),
  lineNumber: z.nullish(z.int()),
  functionName: z.nullish(z.string()),
  columnNumber: z.nullish(z.int()),
});

/**
 * `ErrorTrace` as a schema (private graph `ErrorTrace`, the fields the client selects).
 *
 * @example
 * ```ts
 * ErrorTraceSchema.parse({ fileName: 'app.js', lineNumber: 12, functionName: 'render', columnNumber: 4 });
 * ```
 */
export const ErrorTraceSchema: SchemaOf<ErrorTrace> = ErrorTraceObject;

/** The unannotated object (its shape lists the declared keys). */
export const ErrorObjectObject = z.looseObject({
  id: z.string(),
  created_at: Timestamp,
  project_id: z.int(),
  session_id: z.nullish(z.int()),
  trace_id: z.nullish(z.string()),
  span_id: z.nullish(z.string()),
  log_cursor: z.nullish(z.string()),
  error_group_id: z.int(),
  error_group_secure_id: z.string(),
  event: z.array(z.nullable(z.string())),
  type: z.string(),
  url: z.string(),
  source: z.nullish(z.string()),
  lineNumber: z.nullish(z.int()),
  columnNumber: z.nullish(z.int()),
  stack_trace: z.string(),
  structured_stack_trace: z.array(z.nullable(ErrorTraceSchema)),
  timestamp: Timestamp,
  payload: z.nullish(z.string()),
  request_id: z.nullish(z.string()),
  os: z.nullish(z.string()),
  browser: z.nullish(z.string()),
  environment: z.nullish(z.string()),
  serviceVersion: z.nullish(z.string()),
  serviceName: z.nullish(z.string()),
});

/**
 * `ErrorObject` as a schema (private graph `ErrorObject`, the fields the client selects).
 *
 * @example
 * ```ts
 * const error = ErrorObjectSchema.parse(body.data.errors[0]);
 * ```
 */
export const ErrorObjectSchema: SchemaOf<ErrorObject> = ErrorObjectObject;

type _ErrorTraceMatches = AssertTrue<SchemaMatches<typeof ErrorTraceObject, ErrorTrace>>;
type _ErrorObjectMatches = AssertTrue<SchemaMatches<typeof ErrorObjectObject, ErrorObject>>;
