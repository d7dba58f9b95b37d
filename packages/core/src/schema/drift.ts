import type * as z from 'zod/mini';

const IDENTITY_KEYS: ReadonlySet<PropertyKey> = new Set(['id', 'secure_id']);
const MAX_IDENTITY_DEPTH = 3;

/**
 * Whether a mismatch leaves the response unusable, so that even `lenient` validation throws:
 * - the body is not the expected kind of value at the top (path `''`);
 * - an identifying field (`id`, `secure_id`) of the resource is missing or of the wrong type — at the top, on an
 *   item of a list, or under an envelope (at most three keys deep, list indexes aside: `data.session.secure_id`);
 * - an object or a list the body is built of (`data`, `data.session`, `results`, `metadata`…) is missing or not an
 *   object or a list, outside any list item: the envelope and the containers code walks into.
 *
 * Anything else — a missing nested field, an unknown or malformed item of a list or union, a wrong type deep in
 * data the caller did not ask about — is vendor drift: `lenient` delivers the body as sent and reports it.
 */
export function breaksResponse(issue: z.core.$ZodIssue): boolean {
  const path = issue.path;
  if (path.length === 0) return true;
  const keys = path.filter((segment) => typeof segment !== 'number');
  const last = path[path.length - 1];
  if (last !== undefined && IDENTITY_KEYS.has(last) && keys.length <= MAX_IDENTITY_DEPTH) return true;
  const structural = issue.code === 'invalid_type' && (issue.expected === 'array' || issue.expected === 'object');
  return structural && keys.length === path.length;
}
