import { ConfigurationError } from '../errors/configuration-error.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import type { StandardSchemaIssue, StandardSchemaV1 } from './standard-schema.ts';
import type { ValidationMode } from './validation-mode.ts';

function issuePath(issue: StandardSchemaIssue, prefix: readonly string[]): string {
  const segments = (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment));
  return [...prefix, ...segments].join('.');
}

/**
 * Validates a response value with a caller's Standard Schema (a raw `request()`), unless `mode` is `off`. Its issues
 * become a `ResponseValidationError` naming each field path, under `prefix` when the value sits inside the body
 * (`['data']` for a GraphQL result). Only synchronous schemas are supported.
 *
 * @throws ResponseValidationError when the value does not match; ConfigurationError for an asynchronous schema.
 * @example
 * ```ts
 * const data = validateStandard(schema, envelope.data, 'lenient', () => ({ body, method: 'POST', url }), ['data']);
 * ```
 */
export function validateStandard(
  schema: StandardSchemaV1,
  value: unknown,
  mode: ValidationMode,
  context: () => { body: unknown; method?: string | undefined; url?: string | undefined },
  prefix: readonly string[] = [],
): unknown {
  if (mode === 'off') return value;
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new ConfigurationError('The response schema validates asynchronously; request() needs a synchronous one.');
  }
  if (result.issues === undefined) return result.value;
  throw new ResponseValidationError(
    result.issues.map((issue) => ({ path: issuePath(issue, prefix), message: issue.message })),
    context(),
  );
}
