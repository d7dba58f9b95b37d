import type { VendorErrorDetails } from './api-error.ts';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Reads an OAuth 2.0 token endpoint's error body (RFC 6749 §5.2: `error`, `error_description`; some servers say
 * `description`) for core's error mapping; `{}` for anything else. Vendor error-body readers fall back to it.
 *
 * @example
 * ```ts
 * readOAuthErrorBody({ error: 'invalid_client', error_description: 'Unknown client' });
 * // { code: 'invalid_client', message: 'Unknown client' }
 * ```
 */
export function readOAuthErrorBody(body: unknown): VendorErrorDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const { error, error_description: errorDescription, description } = body as Record<string, unknown>;
  const code = text(error);
  const message = text(errorDescription) ?? text(description);
  return { ...(message === undefined ? {} : { message }), ...(code === undefined ? {} : { code }) };
}
