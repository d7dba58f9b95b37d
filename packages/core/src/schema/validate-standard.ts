import { ConfigurationError } from '../errors/configuration-error.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import type { StandardSchemaIssue, StandardSchemaV1 } from './standard-schema.ts';
import type { ValidationMode } from './validation-mode.ts';

function issuePath(issue: StandardSchemaIssue): string {
  return (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
}

/**
 * Validates a response body with a caller's Standard Schema (a raw `request()`), unless `mode` is `off`. Its issues
 * become a `ResponseValidationError` naming each field path. Only synchronous schemas are supported.
 */
export function validateStandard(
  schema: StandardSchemaV1,
  body: unknown,
  mode: ValidationMode,
  context: () => { body: unknown; method: string; url: string },
): unknown {
  if (mode === 'off') return body;
  const result = schema['~standard'].validate(body);
  if (result instanceof Promise) {
    throw new ConfigurationError('The response schema validates asynchronously; request() needs a synchronous one.');
  }
  if (result.issues === undefined) return result.value;
  throw new ResponseValidationError(
    result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })),
    context(),
  );
}
