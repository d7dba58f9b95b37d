import { SessionkitError } from './sessionkit-error.ts';

/** What a vendor package reads out of its error body. */
export interface VendorErrorDetails {
  /** Human-readable message from the vendor. */
  readonly message?: string | undefined;
  /** The vendor's own error code (e.g. Genesys `code`, a GraphQL `extensions.code`). */
  readonly code?: string | undefined;
  /** A correlation id from the body, when the vendor puts one there (e.g. Genesys `contextId`). */
  readonly requestId?: string | undefined;
}

/** Everything known about a failed HTTP response; every string already redacted. */
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

/** 400 */
export class BadRequestError extends ApiError {
  static override readonly brand: string = 'BadRequestError';
}
/** 401: credentials missing, wrong or expired. */
export class AuthenticationError extends ApiError {
  static override readonly brand: string = 'AuthenticationError';
}
/** 403 */
export class PermissionDeniedError extends ApiError {
  static override readonly brand: string = 'PermissionDeniedError';
}
/** 404 */
export class NotFoundError extends ApiError {
  static override readonly brand: string = 'NotFoundError';
}
/** 409 */
export class ConflictError extends ApiError {
  static override readonly brand: string = 'ConflictError';
}
/** 422 */
export class UnprocessableEntityError extends ApiError {
  static override readonly brand: string = 'UnprocessableEntityError';
}
/** 429: `retryAfterMs` says how long the vendor asked to wait. */
export class RateLimitError extends ApiError {
  static override readonly brand: string = 'RateLimitError';
}
/** 5xx */
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

/** Makes the `ApiError` subclass that fits the status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const ErrorClass = init.status >= 500 ? InternalServerError : (BY_STATUS[init.status] ?? ApiError);
  return new ErrorClass(init);
}
