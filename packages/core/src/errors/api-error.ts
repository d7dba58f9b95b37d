import { SessionkitError } from './sessionkit-error.ts';

/**
 * What a vendor package reads out of its error body.
 *
 * @example
 * ```ts
 * const parseErrorBody = (body: unknown): VendorErrorDetails => {
 *   const { message, code, contextId } = body as { message?: string; code?: string; contextId?: string };
 *   return { message, code, requestId: contextId };
 * };
 * ```
 */
export interface VendorErrorDetails {
  /** Human-readable message from the vendor. */
  readonly message?: string | undefined;
  /** The vendor's own error code (e.g. Genesys `code`, a GraphQL `extensions.code`). */
  readonly code?: string | undefined;
  /** A correlation id from the body, when the vendor puts one there (e.g. Genesys `contextId`). */
  readonly requestId?: string | undefined;
}

/**
 * Everything known about a failed HTTP response; every string already redacted.
 *
 * @example
 * ```ts
 * const init: ApiErrorInit = {
 *   vendor: 'Vapi', status: 404, method: 'GET', url: 'https://api.vapi.ai/session/abc',
 *   headers: {}, body: { message: 'Session not found' }, message: 'Session not found',
 * };
 * const error = createApiError(init); // a NotFoundError
 * ```
 */
export interface ApiErrorInit extends VendorErrorDetails {
  readonly vendor: string;
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The wait the server asked for (Retry-After or a vendor reset header), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * The vendor answered with an HTTP error status. Subclasses name the status family; `status`, `code`,
 * `requestId`, `body` and `headers` carry the details.
 *
 * @example
 * ```ts
 * catch (error) { if (NotFoundError.isInstance(error)) return undefined; throw error; }
 * ```
 */
export class ApiError extends SessionkitError {
  static override readonly brand: string = 'ApiError';
  readonly vendor: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    const detail = init.message ? `: ${init.message}` : '';
    const request = init.requestId ? ` (request id ${init.requestId})` : '';
    super(`${init.vendor} ${init.method} ${init.url} failed with status ${init.status}${detail}${request}`);
    this.vendor = init.vendor;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.headers = init.headers;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Whether the default retry policy would retry this status. */
  get isRetryable(): boolean {
    return [408, 429, 500, 502, 503, 504].includes(this.status);
  }

  protected override details(): Record<string, unknown> {
    return {
      vendor: this.vendor,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
      retryAfterMs: this.retryAfterMs,
      headers: this.headers,
      body: this.body,
    };
  }
}

/**
 * 400
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.create({ assistantId });
 * } catch (error) {
 *   if (error instanceof BadRequestError) console.error(error.status, error.code, error.body);
 *   else throw error;
 * }
 * ```
 */
export class BadRequestError extends ApiError {
  static override readonly brand: string = 'BadRequestError';
}
/**
 * 401: credentials missing, wrong or expired.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof AuthenticationError) console.error('Vapi rejected the API key; check VAPI_API_KEY.');
 *   else throw error;
 * }
 * ```
 */
export class AuthenticationError extends ApiError {
  static override readonly brand: string = 'AuthenticationError';
}
/**
 * 403
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.delete(id);
 * } catch (error) {
 *   if (error instanceof PermissionDeniedError) console.error('This key may not delete sessions:', error.message);
 *   else throw error;
 * }
 * ```
 */
export class PermissionDeniedError extends ApiError {
  static override readonly brand: string = 'PermissionDeniedError';
}
/**
 * 404
 *
 * @example
 * ```ts
 * try {
 *   return await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof NotFoundError) return undefined;
 *   throw error;
 * }
 * ```
 */
export class NotFoundError extends ApiError {
  static override readonly brand: string = 'NotFoundError';
}
/**
 * 409
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.update(id, { status: 'completed' });
 * } catch (error) {
 *   if (error instanceof ConflictError) console.warn(`session ${id} changed meanwhile: ${error.message}`);
 *   else throw error;
 * }
 * ```
 */
export class ConflictError extends ApiError {
  static override readonly brand: string = 'ConflictError';
}
/**
 * 422
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.update(id, patch);
 * } catch (error) {
 *   if (error instanceof UnprocessableEntityError) console.error(error.message, error.body);
 *   else throw error;
 * }
 * ```
 */
export class UnprocessableEntityError extends ApiError {
  static override readonly brand: string = 'UnprocessableEntityError';
}
/**
 * 429: `retryAfterMs` says how long the vendor asked to wait.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof RateLimitError) console.warn(`rate limited; try again in ${error.retryAfterMs ?? 60_000} ms`);
 *   else throw error;
 * }
 * ```
 */
export class RateLimitError extends ApiError {
  static override readonly brand: string = 'RateLimitError';
}
/**
 * 5xx
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof InternalServerError) console.error(`Vapi ${error.status}, request id ${error.requestId}`);
 *   else throw error;
 * }
 * ```
 */
export class InternalServerError extends ApiError {
  static override readonly brand: string = 'InternalServerError';
}

const BY_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Makes the `ApiError` subclass that fits the status.
 *
 * @example
 * ```ts
 * const error = createApiError({ vendor: 'Vapi', status: 429, method: 'GET', url, headers: {}, body: undefined });
 * error instanceof RateLimitError; // true
 * ```
 */
export function createApiError(init: ApiErrorInit): ApiError {
  const ErrorClass = init.status >= 500 ? InternalServerError : (BY_STATUS[init.status] ?? ApiError);
  return new ErrorClass(init);
}
