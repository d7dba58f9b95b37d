import { ApiError, PermissionDeniedError } from '@sessionkit/core/surface';

/** What core's `ApiError` is built from (core exports the name from its main entry only, which pulls in zod's types). */
type ApiErrorInit = ConstructorParameters<typeof ApiError>[0];

/**
 * One entry of a GraphQL `errors` array: the message, the path of the field that failed (when the error belongs to
 * a field), `extensions.code` as `code`, and the whole `extensions` object.
 *
 * @example
 * ```ts
 * const entry: GraphQLErrorEntry = { message: 'record not found', path: ['session_intervals'], code: 'NOT_FOUND' };
 * ```
 */
export interface GraphQLErrorEntry {
  /** What went wrong, as the server says it (redacted). */
  readonly message: string;
  /** The path of the response field that failed (`['session', 'fields', 0]`); absent for a request-level error. */
  readonly path?: readonly (string | number)[] | undefined;
  /** `extensions.code` when it is a string, e.g. `GRAPHQL_VALIDATION_FAILED`, `MIGRATION_BLOCKED`. */
  readonly code?: string | undefined;
  /** Where in the document the error is: line and column, from 1. */
  readonly locations?: readonly { readonly line: number; readonly column: number }[] | undefined;
  /** The whole `extensions` object (redacted). */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * What `HighlightGraphQLError` is built from: the HTTP facts of the response, the operation and its errors.
 *
 * @example
 * ```ts
 * const init: HighlightGraphQLErrorInit = {
 *   vendor: 'Highlight', status: 200, method: 'POST', url: 'http://localhost:8082/private', headers: {}, body: {},
 *   operationName: 'GetSessionIntervals', errors: [{ message: 'record not found' }], data: null,
 * };
 * ```
 */
export interface HighlightGraphQLErrorInit extends ApiErrorInit {
  /** The operation's name (or how an anonymous `request()` operation is described). */
  readonly operationName: string;
  /** Every entry of the `errors` array. */
  readonly errors: readonly GraphQLErrorEntry[];
  /** The partial `data` the server returned next to the errors (`null` when none). */
  readonly data: unknown;
}

function describe(entry: GraphQLErrorEntry): string {
  const where = entry.path && entry.path.length > 0 ? ` at ${entry.path.join('.')}` : '';
  const code = entry.code ? ` [${entry.code}]` : '';
  return `${entry.message}${where}${code}`;
}

/**
 * Highlight answered a GraphQL operation with an `errors` array (HTTP 200): every error's `message`, `path` and
 * `extensions.code` are in `errors`, the first code in `code`, and the partial `data` the server still returned in
 * `data`. Not retried: the server processed the request. An `ApiError`, so `status`, `url` and `body` are there too.
 *
 * @example
 * ```ts
 * try {
 *   await hl.sessions.intervals(secureId);
 * } catch (error) {
 *   if (!HighlightGraphQLError.isInstance(error)) throw error;
 *   for (const entry of error.errors) console.error(entry.message, entry.path, entry.code);
 *   console.log('partial data:', error.data);
 * }
 * ```
 */
export class HighlightGraphQLError extends ApiError {
  static override readonly brand: string = 'HighlightGraphQLError';
  /** The operation that failed, e.g. `GetSession`. */
  readonly operationName: string;
  /** Every entry of the `errors` array: message, path, code, locations, extensions. */
  readonly errors: readonly GraphQLErrorEntry[];
  /** The partial `data` the server returned next to the errors (`null` when none), redacted. */
  readonly data: unknown;

  constructor(init: HighlightGraphQLErrorInit) {
    super(init);
    this.operationName = init.operationName;
    this.errors = init.errors;
    this.data = init.data;
    const count = init.errors.length === 1 ? '1 GraphQL error' : `${init.errors.length} GraphQL errors`;
    this.message = `Highlight ${init.operationName} (${init.method} ${init.url}) returned ${count}: ${init.errors.map(describe).join('; ')}`;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), operationName: this.operationName, errors: this.errors, data: this.data };
  }
}

/**
 * Hosted Highlight refused the private graph with HTTP 403 `MIGRATION_BLOCKED`: since 2026-03-06 workspaces outside
 * LaunchDarkly's allow-list are blocked (Highlight joined LaunchDarkly; hosted highlight.io closed on 2026-02-28).
 * Point `privateGraphUrl` at a self-hosted Highlight instead. A `PermissionDeniedError`, with `code`
 * `MIGRATION_BLOCKED`.
 *
 * @example
 * ```ts
 * try {
 *   await hl.sessions.get(secureId);
 * } catch (error) {
 *   if (MigrationBlockedError.isInstance(error)) console.error('Use a self-hosted Highlight:', error.message);
 *   else throw error;
 * }
 * ```
 */
export class MigrationBlockedError extends PermissionDeniedError {
  static override readonly brand: string = 'MigrationBlockedError';
}
