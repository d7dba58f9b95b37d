import * as z from 'zod/mini';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { ResponseValidationError } from '../errors/validation-errors.ts';
import { assertHeaderValues } from '../http/header-values.ts';
import { assertSecureTransport } from '../http/secure-transport.ts';
import { isBrowser } from '../runtime/is-browser.ts';
import { check } from '../schema/check.ts';
import { toValidationIssues } from '../schema/issue-path.ts';
import type { AuthContext, AuthStrategy } from './auth-strategy.ts';

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

interface CachedToken {
  readonly value: string;
  readonly refreshAt: number;
}

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
 * all concurrent callers (single flight). After a 401 the token is dropped and fetched again once.
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
  const issued: string[] = [];
  let cached: CachedToken | undefined;
  let inFlight: Promise<CachedToken> | undefined;

  async function fetchToken(context: AuthContext): Promise<CachedToken> {
    const form: Record<string, string> = { grant_type: 'client_credentials' };
    if (options.scope) form.scope = options.scope;
    const body = await context.requestToken({
      url: options.tokenUrl,
      form,
      headers: { authorization: `Basic ${encodeBasic(clientId as string, clientSecret as string)}` },
      // Shared by every waiting caller, so one caller's abort must not cancel it.
      signal: undefined,
    });
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
    return { value: token, refreshAt: now() + Math.max(lifetimeMs - skewMs, lifetimeMs / 2) };
  }

  return {
    async headers(context) {
      assertHeaderValues({ clientId, clientSecret }, 'OAuth client credential');
      if (!cached || now() >= cached.refreshAt) {
        inFlight ??= fetchToken(context).finally(() => {
          inFlight = undefined;
        });
        cached = await inFlight;
      }
      return { authorization: `Bearer ${cached.value}` };
    },
    invalidate() {
      cached = undefined;
      return true;
    },
    secrets: () => [clientSecret, encodeBasic(clientId, clientSecret), ...issued],
  };
}
