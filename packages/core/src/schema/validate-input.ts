import type * as z from 'zod/mini';
import { RequestValidationError } from '../errors/validation-errors.ts';
import { check } from './check.ts';
import { toValidationIssues } from './issue-path.ts';

/**
 * Validates a method's input before any request leaves; throws `RequestValidationError` listing every bad
 * field path. Returns the parsed (possibly transformed) input.
 *
 * @example
 * ```ts
 * const body = validateInput(CreateSessionInputSchema, input, 'session create body');
 * ```
 */
export function validateInput<S extends z.core.$ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = check(schema, input);
  if (!result.success) throw new RequestValidationError(what, toValidationIssues(result.error));
  return result.data;
}
