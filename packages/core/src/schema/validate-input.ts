import type * as z from 'zod';
import { RequestValidationError } from '../errors/validation-errors.ts';
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
export function validateInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new RequestValidationError(what, toValidationIssues(result.error));
  return result.data;
}
