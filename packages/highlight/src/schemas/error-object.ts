import * as z from 'zod/mini';
import { Timestamp } from './scalars.ts';

/**
 * One frame of an error's stack after source mapping (private graph `ErrorTrace`, the fields the client selects).
 *
 * @example
 * ```ts
 * const frame: ErrorTrace | null | undefined = error.structured_stack_trace[0];
 * console.log(frame?.functionName, frame?.fileName, frame?.lineNumber);
 * ```
 */
export const ErrorTraceSchema = z.looseObject({
  fileName: z.nullish(z.string()),
  lineNumber: z.nullish(z.int()),
  functionName: z.nullish(z.string()),
  columnNumber: z.nullish(z.int()),
});

/**
 * One stack frame; see `ErrorTraceSchema`.
 *
 * @example
 * ```ts
 * const frame: ErrorTrace = { fileName: 'app.js', lineNumber: 12, functionName: 'render', columnNumber: 4 };
 * ```
 */
export type ErrorTrace = z.output<typeof ErrorTraceSchema>;

/**
 * An error recorded in a session (private graph `ErrorObject`, the fields the client selects). `event` is the
 * message parts; `error_group_secure_id` links to the error group in the dashboard.
 *
 * @example
 * ```ts
 * for (const error of await hl.sessions.errors(secureId)) console.log(error.type, error.event.join(' '), error.url);
 * ```
 */
export const ErrorObjectSchema = z.looseObject({
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
 * An error recorded in a session; see `ErrorObjectSchema`.
 *
 * @example
 * ```ts
 * const errors: ErrorObject[] = await hl.sessions.errors(secureId);
 * ```
 */
export type ErrorObject = z.output<typeof ErrorObjectSchema>;
