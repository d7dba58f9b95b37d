import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-errors.ts';

type Issue = z.core.$ZodIssue;

/**
 * Formats a path such as `['costs', 0, 'type']` as `costs[0].type`.
 *
 * @example
 * ```ts
 * formatPath(['costs', 0, 'type']); // 'costs[0].type'
 * formatPath([]); // '' (the whole value)
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const part of path) {
    if (typeof part === 'number') result += `[${part}]`;
    else result += result ? `.${String(part)}` : String(part);
  }
  return result;
}

/**
 * Turns zod issues into sessionkit validation issues, one per bad field: an unknown key is reported at its own
 * path (`customer.nmae`), a union failure at the field inside the one option whose type matched (`input[0].role`
 * rather than `input`), and only the first message is kept when one field fails several checks.
 *
 * @example
 * ```ts
 * const result = z.safeParse(SessionSchema, body);
 * if (!result.success) throw new ResponseValidationError(toValidationIssues(result.error), { body });
 * ```
 */
export function toValidationIssues(error: z.core.$ZodError): ValidationIssue[] {
  const issues = error.issues.flatMap((issue) => flatten(issue as Issue, []));
  return issues.filter((issue, index) => issues.findIndex((other) => other.path === issue.path) === index);
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): ValidationIssue[] {
  const at = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...at, key]), message: 'Unknown field' }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const typeMatched = issue.errors.filter((errors) => !errors.every(isTypeMismatchAtRoot));
    if (typeMatched.length === 1) return (typeMatched[0] as Issue[]).flatMap((inner) => flatten(inner, at));
  }
  return [{ path: formatPath(at), message: issue.message }];
}

function isTypeMismatchAtRoot(issue: Issue): boolean {
  return issue.code === 'invalid_type' && issue.path.length === 0;
}
