import type * as z from 'zod/mini';
import { baseRedactor, type Redactor } from '../errors/redactor.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import { check } from './check.ts';
import { findUnknownKeys } from './find-unknown-keys.ts';
import { toValidationIssues } from './issue-path.ts';
import type { ValidationMode } from './validation-mode.ts';

/**
 * Where a response came from, for the error message.
 *
 * @example
 * ```ts
 * const context: ResponseContext = { method: 'GET', url: 'https://api.vapi.ai/session/abc', redactor: http.redactor };
 * const session = parseResponse(SessionSchema, json, 'strict', context);
 * ```
 */
export interface ResponseContext {
  readonly method?: string;
  /** The request URL, or a function computing it (called only when the response is refused). */
  readonly url?: string | (() => string);
  readonly redactor?: Redactor;
}

/**
 * Checks `data` against `schema` in the given mode; returns the typed value or throws
 * `ResponseValidationError` naming every bad field path (the raw body is kept on the error).
 *
 * @example
 * ```ts
 * const session = parseResponse(SessionSchema, json, 'lenient');
 * ```
 */
export function parseResponse<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  mode: ValidationMode = 'lenient',
  context: ResponseContext = {},
): z.output<S> {
  if (mode === 'off') return data as z.output<S>;
  const result = check(schema, data);
  const fail = (issues: ReturnType<typeof toValidationIssues>): never => {
    const redactor = context.redactor ?? baseRedactor;
    throw new ResponseValidationError(issues, {
      body: redactor.value(data),
      method: context.method,
      url: typeof context.url === 'function' ? context.url() : context.url,
    });
  };
  if (!result.success) return fail(toValidationIssues(result.error));
  if (mode === 'strict') {
    const unknown = findUnknownKeys(schema, data);
    if (unknown.length > 0) return fail(unknown);
  }
  return result.data;
}
