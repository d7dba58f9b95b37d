import { ConfigurationError } from '../errors/configuration-error.ts';
import type { AuthStrategy } from './auth-strategy.ts';

/**
 * Returns a current access token, e.g. from a secrets manager or the caller's own OAuth flow.
 *
 * @example
 * ```ts
 * const provider: TokenProvider = async ({ signal }) => (await oauth.getToken({ signal })).accessToken;
 * const auth = tokenProvider(provider);
 * ```
 */
export type TokenProvider = (context: { signal?: AbortSignal | undefined }) => string | Promise<string>;

const MAX_REMEMBERED = 16;

/**
 * Calls `provider` before each request and sends `Authorization: Bearer <token>`. The provider owns caching; on a
 * 401 the request is retried once, calling the provider again.
 *
 * @example
 * ```ts
 * const auth = tokenProvider(async () => vault.read('genesys-token'));
 * ```
 */
export function tokenProvider(provider: TokenProvider): AuthStrategy {
  const issued: string[] = [];
  return {
    async headers(context) {
      const token = await provider({ signal: context.signal });
      if (typeof token !== 'string' || token.length === 0) {
        throw new ConfigurationError('The token provider returned no token.');
      }
      if (!issued.includes(token)) {
        issued.push(token);
        if (issued.length > MAX_REMEMBERED) issued.shift();
      }
      return { authorization: `Bearer ${token}` };
    },
    invalidate: () => true,
    secrets: () => issued,
  };
}
