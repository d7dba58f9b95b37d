import { type ApiError, createApiError, type VendorErrorDetails } from '../errors/api-error.ts';
import type { Redactor } from '../errors/redactor.ts';
import { requestIdFrom } from './request-id.ts';
import type { RetryAfterReader } from './retry-after.ts';

const MAX_ERROR_TEXT = 2_000;
const HAS_CONTENT = /\S/;

/** What turning a vendor's error response into an `ApiError` needs to know about the vendor. */
export interface ErrorResponseReaders {
  readonly vendor: string;
  readonly redactor: Redactor;
  readonly parseErrorBody: ((body: unknown) => VendorErrorDetails) | undefined;
  readonly retryAfter: RetryAfterReader;
  readonly requestIdHeaders: readonly string[];
}

/**
 * The `ApiError` subclass of an error response: the vendor's message, code and request id read from its body (JSON,
 * else kept as text), the wait it asked for (the vendor's Retry-After reader), every string redacted.
 */
export function apiErrorFromResponse(
  readers: ErrorResponseReaders,
  response: Response,
  text: string,
  method: string,
  safeUrl: () => string,
): ApiError {
  const { redactor } = readers;
  let body: unknown = text.slice(0, MAX_ERROR_TEXT);
  try {
    body = HAS_CONTENT.test(text) ? JSON.parse(text) : undefined;
  } catch {
    // A non-JSON error body (an HTML page from a proxy) is kept as text.
  }
  const details = typeof body === 'object' && body !== null ? (readers.parseErrorBody?.(body) ?? {}) : {};
  const contentType = response.headers.get('content-type') ?? 'no content type';
  const fallback =
    typeof body === 'string' && body.length > 0
      ? `non-JSON error body (${contentType})`
      : response.statusText || undefined;
  const headerRequestId = requestIdFrom(response.headers, readers.requestIdHeaders, redactor);
  return createApiError({
    vendor: readers.vendor,
    status: response.status,
    method,
    url: safeUrl(),
    message: redactor.text(details.message ?? fallback ?? ''),
    code: details.code,
    requestId: headerRequestId ?? (details.requestId === undefined ? undefined : redactor.text(details.requestId)),
    headers: redactor.headers(response.headers),
    body: redactor.value(body),
    retryAfterMs: readers.retryAfter(response.headers, Date.now()),
  });
}
