import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  type HttpHooks,
  PermissionDeniedError,
} from '@sessionkit/core';
import { type GraphQLErrorEntry, HighlightGraphQLError, MigrationBlockedError } from '../errors.ts';
import { parseHighlightErrorBody } from './error-body.ts';

const MIGRATION_BLOCKED = 'MIGRATION_BLOCKED';
const MIGRATION_HINT =
  "hosted Highlight blocks workspaces outside LaunchDarkly's allow-list since 2026-03-06; point privateGraphUrl " +
  '(or HIGHLIGHT_PRIVATE_GRAPH_URL) at a self-hosted Highlight';
const MAX_TEXT_MESSAGE = 300;
/** Highlight's private graph refuses a field to an unauthenticated caller with `401 - AuthenticationError`. */
const AUTHENTICATION_FAILURE = /\b401 - AuthenticationError\b/;

/** A GraphQL error entry that says the caller is not authenticated (Highlight's wording, or the common code). */
function isAuthenticationFailure(entry: GraphQLErrorEntry): boolean {
  return entry.code === 'UNAUTHENTICATED' || AUTHENTICATION_FAILURE.test(entry.message);
}

function initOf(error: ApiError, message: string | undefined): ApiErrorInit {
  return {
    vendor: error.vendor,
    status: error.status,
    method: error.method,
    url: error.url,
    headers: error.headers,
    body: error.body,
    message,
    code: error.code,
    requestId: error.requestId,
    retryAfterMs: error.retryAfterMs,
  };
}

/**
 * How the client words Highlight's failures, whichever way they arrive — GraphQL `errors` in a 200 (read inside
 * core's call by `HttpRequest.interpret`) or an HTTP error status (mapped by core): `MIGRATION_BLOCKED` is a
 * `MigrationBlockedError` that says what to do, an authentication failure an `AuthenticationError` that says what to
 * check, any other GraphQL error a `HighlightGraphQLError`.
 *
 * Core has no vendor step for an HTTP error status, so the wording of those is applied twice with one result: to the
 * error `onError` receives (through `hooks()`) and to the error the call rejects with (`explain()`), remembered per
 * error so that both are the same object, seen once.
 */
export class HighlightErrors {
  readonly #hasCredentials: boolean;
  /** Each error already worded, to the error it became (itself for the client's own). */
  readonly #worded = new WeakMap<object, unknown>();

  constructor(hasCredentials: boolean) {
    this.#hasCredentials = hasCredentials;
  }

  /**
   * `hooks` with an `onError` that receives each error as the caller will (worded by `explain`), once: core reports
   * a failed token request twice (the token request's, then the call's), the same error both times.
   */
  hooks(hooks: HttpHooks | undefined): HttpHooks | undefined {
    const onError = hooks?.onError;
    if (!onError) return hooks;
    const reported = new WeakSet<Error>();
    return {
      ...hooks,
      onError: (error) => {
        const worded = this.explain(error) as Error;
        if (reported.has(worded)) return;
        reported.add(worded);
        onError(worded);
      },
    };
  }

  /**
   * Core's error for an HTTP error status, worded by Highlight's client: the same object each time it is asked about
   * the same error. Anything else is returned as it is.
   */
  explain(error: unknown): unknown {
    if (!ApiError.isInstance(error)) return error;
    const known = this.#worded.get(error as ApiError);
    if (known !== undefined) return known;
    return this.#remember(error as ApiError, this.#word(error as ApiError));
  }

  /**
   * The error GraphQL `errors` in a successful response stand for (entries and data already redacted): an
   * `AuthenticationError` when an entry says the caller is not authenticated (core then refreshes the credentials
   * once and retries, as after a 401), a `MigrationBlockedError` for `MIGRATION_BLOCKED`, else a
   * `HighlightGraphQLError` with every entry and the partial data.
   */
  fromGraphQL(
    init: ApiErrorInit,
    operationName: string,
    errors: readonly GraphQLErrorEntry[],
    data: unknown,
  ): ApiError {
    const detail = errors.map((entry) => entry.message).join('; ');
    let error: ApiError;
    if (errors.some(isAuthenticationFailure)) error = this.#authentication(init, detail);
    else if (errors.some((entry) => entry.code === MIGRATION_BLOCKED)) error = this.#migrationBlocked(init, detail);
    else error = new HighlightGraphQLError({ ...init, operationName, errors, data });
    return this.#remember(error, error);
  }

  #word(error: ApiError): ApiError {
    const detail = parseHighlightErrorBody(error.body).message;
    if (PermissionDeniedError.isInstance(error) && error.code === MIGRATION_BLOCKED) {
      return this.#migrationBlocked(initOf(error, undefined), detail);
    }
    if (PermissionDeniedError.isInstance(error) && typeof error.body === 'string' && error.body.trim()) {
      // An OAuth client using a field outside its allow-list gets `403 - AuthorizationError: <field>` as plain text.
      return new PermissionDeniedError(initOf(error, error.body.trim().slice(0, MAX_TEXT_MESSAGE)));
    }
    if (AuthenticationError.isInstance(error)) return this.#authentication(initOf(error, undefined), detail);
    return error;
  }

  #remember<T extends ApiError>(error: ApiError, worded: T): T {
    this.#worded.set(error, worded);
    this.#worded.set(worded, worded);
    return worded;
  }

  #authentication(init: ApiErrorInit, detail: string | undefined): AuthenticationError {
    const hint = this.#hasCredentials
      ? 'check the token, the token provider or the OAuth client credentials'
      : 'no credentials configured: pass token, tokenProvider, or clientId and clientSecret to new HighlightClient(), or set HIGHLIGHT_TOKEN';
    return new AuthenticationError({ ...init, message: detail ? `${detail} — ${hint}` : hint });
  }

  #migrationBlocked(init: ApiErrorInit, detail: string | undefined): MigrationBlockedError {
    return new MigrationBlockedError({
      ...init,
      code: MIGRATION_BLOCKED,
      message: `${detail || MIGRATION_BLOCKED} — ${MIGRATION_HINT}`,
    });
  }
}
