import type { StandardSchemaV1 } from '@sessionkit/core/surface';
import type { GraphName } from '../graphql/documents.ts';

/**
 * One raw GraphQL operation for `client.request()`: any query or mutation of either graph that the client does not
 * wrap, sent as `POST {graph URL}` with `{ query, variables, operationName }` through the same transport as every
 * method — credentials on the private graph, retries, timeouts, hooks, error mapping and redaction.
 *
 * @example
 * ```ts
 * const request: GraphQLRequest = {
 *   graph: 'private',
 *   query: 'query Pending($id: String!) { isSessionPending(session_secure_id: $id) }',
 *   variables: { id: secureId },
 * };
 * const data = await hl.request(request);
 * ```
 */
export interface GraphQLRequest<T = unknown> {
  /** The graph to send to: `public` (ingest, `publicGraphUrl`, no credentials) or `private` (dashboard API, with credentials). */
  readonly graph: GraphName;
  /** The GraphQL document: one or more operations (and fragments); non-empty. */
  readonly query: string;
  /** The operation's variables, a JSON object. */
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
  /** Which operation of the document to run; needed when it has several. Named in errors. */
  readonly operationName?: string | undefined;
  /**
   * A Standard Schema (zod, valibot…) the response's `data` must match; it types the result. Without one `data` is
   * returned unchecked, typed as `T` (default `unknown`). Skipped with `validation: 'off'`.
   */
  readonly schema?: StandardSchemaV1<unknown, T> | undefined;
  /**
   * Safe to retry after it may have reached Highlight. Default: `true` for a `query` operation, `false` for a
   * `mutation` (retried only when Highlight provably did not receive it).
   */
  readonly idempotent?: boolean | undefined;
}
