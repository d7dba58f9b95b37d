import { ConfigurationError, type ResponseContext, ResponseValidationError } from '@sessionkit/core';
import type { StandardSchemaIssue, StandardSchemaV1 } from '@sessionkit/core/surface';

function segment(value: PropertyKey | { readonly key: PropertyKey }): string {
  return String(typeof value === 'object' ? value.key : value);
}

function issuePath(issue: StandardSchemaIssue): string {
  return ['data', ...(issue.path ?? []).map(segment)].join('.');
}

/**
 * Checks a raw request's `data` with the caller's Standard Schema: its output, or a `ResponseValidationError` naming
 * each field as `data.…` (the body's path). Only synchronous schemas are supported. (Core's own `validateStandard`,
 * which works on a whole body, is not exported.)
 */
export function validateData<T>(
  schema: StandardSchemaV1<unknown, T>,
  data: unknown,
  body: unknown,
  context: ResponseContext,
): T {
  const result = schema['~standard'].validate(data);
  if (result instanceof Promise) {
    throw new ConfigurationError('The response schema validates asynchronously; request() needs a synchronous one.');
  }
  if (result.issues === undefined) return result.value;
  throw new ResponseValidationError(
    result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })),
    {
      body: context.redactor ? context.redactor.value(body) : body,
      method: context.method,
      url: typeof context.url === 'function' ? context.url() : context.url,
    },
  );
}
