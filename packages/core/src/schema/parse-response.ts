import type * as z from 'zod/mini';
import { baseRedactor, type Redactor } from '../errors/redactor.ts';
import type { ValidationIssue } from '../errors/validation-errors.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import { check } from './check.ts';
import { breaksResponse } from './drift.ts';
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
  /**
   * Receives the mismatches `lenient` validation tolerated (vendor drift), each with its field path; called only
   * when there are some.
   */
  readonly onIssues?: ((issues: readonly ValidationIssue[]) => void) | undefined;
}

/**
 * Checks `data` against `schema` in the given mode; returns the typed value or throws
 * `ResponseValidationError` naming every bad field path (the raw body is kept on the error).
 *
 * - `strict` throws on any mismatch and on unknown keys.
 * - `lenient` (the default) delivers the body as the vendor sent it when the mismatches are drift in data the
 *   caller did not ask about (a missing nested field, an unknown or malformed list item), reporting each one to
 *   `context.onIssues`; it throws only when the body is not the expected kind of value at the top, an object or list
 *   the body is built of (outside list items: `data`, `results`…) is missing or of another kind, or an identifying
 *   field (`id`, `secure_id`) is missing or of the wrong type.
 * - `off` returns the body unchecked.
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
  if (!result.success) {
    const issues = toValidationIssues(result.error);
    if (mode === 'strict' || result.error.issues.some(breaksResponse)) return fail(issues);
    context.onIssues?.(issues);
    return data as z.output<S>;
  }
  if (mode === 'strict') {
    const unknown = findUnknownKeys(schema, data);
    if (unknown.length > 0) return fail(unknown);
  }
  return result.data;
}
