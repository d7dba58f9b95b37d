import type { StandardSchemaV1 } from '../schema/standard-schema.ts';
import type { HttpMethod } from './http-method.ts';
import type { QueryParams } from './query.ts';

/**
 * One raw request through a client's transport — auth, retries, timeouts, hooks, error mapping and redaction all
 * apply — for vendor endpoints the client does not wrap. What every REST client's `request()` takes.
 *
 * @example
 * ```ts
 * const request: RawRequest = { method: 'GET', path: '/assistant', query: { limit: 10 } };
 * const assistants = await vapi.request(request);
 * ```
 */
export interface RawRequest<T = unknown> {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** A path on the client's base URL, such as `/assistant`; build paths with ids using the `path` tag. */
  readonly path: string;
  /** Query parameters; arrays repeat the key, `undefined` values are left out. */
  readonly query?: QueryParams | undefined;
  /** The JSON body. */
  readonly body?: unknown;
  /**
   * A Standard Schema (zod, valibot…) the response must match; it types the result. Without one the parsed JSON is
   * returned unchecked, typed as `T` (default `unknown`).
   */
  readonly schema?: StandardSchemaV1<unknown, T> | undefined;
  /** Safe to retry after it may have reached the vendor. Default: true for GET, PUT and DELETE. */
  readonly idempotent?: boolean | undefined;
}
