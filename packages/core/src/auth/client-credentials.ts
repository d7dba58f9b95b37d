import * as z from 'zod/mini';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import type { TokenCache } from '../fleet/token-cache.ts';
import { assertHeaderValues } from '../http/header-values.ts';
import { assertSecureTransport } from '../http/secure-transport.ts';
import { isBrowser } from '../runtime/is-browser.ts';
import { check } from '../schema/check.ts';
import { toValidationIssues } from '../schema/issue-path.ts';
import type { AuthStrategy, TokenRequester } from './auth-strategy.ts';
import { memoryTokenStore, type StoredToken, type TokenStore } from './token-store.ts';

/**
 * Options of the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).
 *
 * @example
 * ```ts
 * const options: ClientCredentialsOptions = {
 *   tokenUrl: 'https://login.mypurecloud.ie/oauth/token',
 *   clientId: process.env.GENESYS_CLIENT_ID,
 *   clientSecret: process.env.GENESYS_CLIENT_SECRET,
 *   refreshSkewMs: 120_000,
 * };
 * const auth = clientCredentials(options);
 * ```
 */
export interface ClientCredentialsOptions {
  readonly tokenUrl: string;
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
  readonly scope?: string | undefined;
  /** Refresh this long before the token expires. Default 60 s. */
  readonly refreshSkewMs?: number | undefined;
  /** The clock, for tests. */
  readonly now?: (() => number) | undefined;
  /** Allow a plain `http://` token URL on a host other than localhost. Default false. */
  readonly allowInsecureHttp?: boolean | undefined;
}

const TokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.coerce.number().check(z.positive())),
});

const DEFAULT_LIFETIME_S = 3600;
const MAX_REMEMBERED = 16;

function parseTokenUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below.
  }
  throw new ConfigurationError(`Invalid OAuth token URL: ${JSON.stringify(value)}; expected an absolute http(s) URL.`);
}

function encodeBasic(clientId: string, clientSecret: string): string {
  const raw = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
  return btoa(String.fromCharCode(...new TextEncoder().encode(raw)));
}

/**
 * OAuth 2.0 client credentials: posts `grant_type=client_credentials` with HTTP Basic auth to the token URL,
 * caches the token in memory, refreshes it `refreshSkewMs` before expiry, and shares one token request among
 * all concurrent callers (single flight). That request runs on the client's own timeouts and retries, not any one
 * caller's: a caller whose signal fires or whose `totalTimeoutMs` runs out stops waiting, and the request goes on
 * for the others (and caches its token for the next ones). After a 401 the rejected token is dropped — only if it is
 * still the cached one, so that N concurrent 401s for one token cause one new token request — and the call is
 * retried once.
 *
 * @example
 * ```ts
 * const auth = clientCredentials({ tokenUrl: 'https://login.mypurecloud.ie/oauth/token', clientId, clientSecret });
 * ```
 */
export function clientCredentials(options: ClientCredentialsOptions): AuthStrategy {
  const { clientId, clientSecret } = options;
  if (isBrowser()) {
    throw new ConfigurationError(
      'OAuth client credentials are refused in a browser: a client secret must never ship to one. ' +
        'Use a token from a user login flow (implicit or PKCE) instead.',
    );
  }
  if (!clientId) throw new ConfigurationError('Missing OAuth client id (clientId).');
  if (!clientSecret) throw new ConfigurationError('Missing OAuth client secret (clientSecret).');
  assertSecureTransport(parseTokenUrl(options.tokenUrl), options.allowInsecureHttp ?? false);
  const now = options.now ?? Date.now;
  const skewMs = options.refreshSkewMs ?? 60_000;
  const basic = `Basic ${encodeBasic(clientId, clientSecret)}`;
  const issued: string[] = [];
  // The client's `tokenCache` option (from the transport, at the first request) replaces this store.
  const memory: TokenStore = memoryTokenStore(now);
  let store: TokenCache = memory;
  const key = `${options.tokenUrl} ${clientId} ${options.scope ?? ''}`;
  let flight: Promise<string> | undefined;

  async function fetchToken(requestToken: TokenRequester): Promise<StoredToken> {
    const form: Record<string, string> = { grant_type: 'client_credentials' };
    if (options.scope) form.scope = options.scope;
    // Shared by every waiting caller, so no caller's signal may cancel it.
    const body = await requestToken({ url: options.tokenUrl, form, headers: { authorization: basic } });
    const parsed = check(TokenResponseSchema, body);
    if (!parsed.success) {
      throw new ResponseValidationError(toValidationIssues(parsed.error), {
        body: '[token response withheld]',
        method: 'POST',
        url: options.tokenUrl,
      });
    }
    const token = parsed.data.access_token;
    issued.push(token);
    if (issued.length > MAX_REMEMBERED) issued.shift();
    const lifetimeMs = (parsed.data.expires_in ?? DEFAULT_LIFETIME_S) * 1000;
    return { value: token, expiresAt: now() + Math.max(lifetimeMs - skewMs, lifetimeMs / 2) };
  }

  /** The one token fetch of this moment, joined by every caller that finds no token. */
  function sharedFetch(requestToken: TokenRequester): Promise<string> {
    if (!flight) {
      const started = (async () => {
        // One process of those sharing the cache fetches; the others wait for its token (no caller's signal: the
        // wait is shared too, and each caller stops waiting on its own signal and deadline).
        if (store.singleFlight) return (await store.singleFlight(key, () => fetchToken(requestToken), {})).value;
        // A caller (or, with a shared store, another process) may have stored a token since this one looked.
        const stored = await store.get(key);
        if (stored) return stored.value;
        const token = await fetchToken(requestToken);
        await store.set(key, token);
        return token.value;
      })();
      flight = started.finally(() => {
        flight = undefined;
      });
      // Every caller may have stopped waiting; the outcome is still observed, never an unhandled rejection.
      flight.catch(() => undefined);
    }
    return flight;
  }

  return {
    async headers(context) {
      assertHeaderValues({ clientId, clientSecret }, 'OAuth client credential');
      store = context.tokenCache ?? memory;
      const stored = store.get(key);
      const token =
        (stored instanceof Promise ? await stored : stored)?.value ?? (await sharedFetch(context.requestToken));
      return { authorization: `Bearer ${token}` };
    },
    async invalidate(rejected) {
      // Compare-and-clear: a late 401 for an older token leaves a newer one alone. Without the rejected token (a
      // caller of the old, argument-less invalidate()), whatever is cached is dropped, as before.
      const sent = rejected?.authorization;
      const value = sent?.startsWith('Bearer ') ? sent.slice('Bearer '.length) : (await store.get(key))?.value;
      if (value !== undefined) await store.clearIf(key, value);
      return true;
    },
    secrets: () => [clientSecret, encodeBasic(clientId, clientSecret), ...issued],
  };
}
