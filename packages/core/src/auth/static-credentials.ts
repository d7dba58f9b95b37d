import { ConfigurationError } from '../errors/configuration-error.ts';
import type { AuthStrategy } from './auth-strategy.ts';

function requireSecret(value: string | undefined, what: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new ConfigurationError(`Missing ${what}.`);
  }
  return value;
}

/**
 * Sends `Authorization: Bearer <token>` with every request.
 *
 * @example
 * ```ts
 * const auth = bearerToken(process.env.VAPI_API_KEY);
 * ```
 */
export function bearerToken(token: string | undefined, what = 'bearer token'): AuthStrategy {
  const secret = requireSecret(token, what);
  return { headers: () => ({ authorization: `Bearer ${secret}` }), secrets: () => [secret] };
}

/**
 * Sends an API key in a header of the vendor's choosing.
 *
 * @example
 * ```ts
 * const auth = apiKeyHeader('token', process.env.HIGHLIGHT_TOKEN);
 * ```
 */
export function apiKeyHeader(header: string, key: string | undefined, what = 'API key'): AuthStrategy {
  const secret = requireSecret(key, what);
  return { headers: () => ({ [header.toLowerCase()]: secret }), secrets: () => [secret] };
}

/**
 * Sends no credentials (public ingest endpoints).
 *
 * @example
 * ```ts
 * const client = { name: '@sessionkit/highlight', version: VERSION };
 * const ingest = new HttpClient({ vendor: 'Highlight', client, baseUrl: 'https://pub.highlight.io', auth: noAuth });
 * ```
 */
export const noAuth: AuthStrategy = { headers: () => ({}), secrets: () => [] };
