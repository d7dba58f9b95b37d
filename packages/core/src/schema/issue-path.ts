import type { z } from 'zod';
import type { ValidationIssue } from '../errors/validation-errors.ts';

/** Formats a path such as `['costs', 0, 'type']` as `costs[0].type`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const part of path) {
    if (typeof part === 'number') result += `[${part}]`;
    else result += result ? `.${String(part)}` : String(part);
  }
  return result;
}

/** Turns zod issues into sessionkit validation issues (path + message). */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
