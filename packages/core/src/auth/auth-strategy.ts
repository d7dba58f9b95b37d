import type { TokenCache } from '../fleet/token-cache.ts';

/**
 * Makes raw requests for an auth strategy (e.g. to a token endpoint), through the client's transport.
 *
 * @example
 * ```ts
 * const requestToken: TokenRequester = context.requestToken;
 * const body = await requestToken({ url: tokenUrl, form: { grant_type: 'client_credentials' }, headers: {} });
 * ```
 */
export type TokenRequester = (request: {
  url: string;
  form: Record<string, string>;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
}) => Promise<unknown>;

/**
 * What a strategy gets each time it is asked for credentials.
 *
 * @example
 * ```ts
 * async function headers({ requestToken, signal }: AuthContext): Promise<Record<string, string>> {
 *   const form = { grant_type: 'password', username, password };
 *   const body = (await requestToken({ url: tokenUrl, form, headers: {}, signal })) as { access_token: string };
 *   return { authorization: `Bearer ${body.access_token}` };
 * }
 * ```
 */
export interface AuthContext {
  /**
   * The caller's signal. The transport stops waiting for `headers()` when it fires (and when the call's
   * `totalTimeoutMs` runs out), whatever the strategy does with it; a fetch shared by several callers should not be
   * tied to any one caller's signal.
   */
  readonly signal?: AbortSignal | undefined;
  readonly requestToken: TokenRequester;
  /** The client's `tokenCache` option (made resilient by the transport), for strategies that cache tokens. */
  readonly tokenCache?: TokenCache | undefined;
}

/**
 * How a client proves who it is. The transport asks for headers before each attempt, and when a request comes back
 * 401 calls `invalidate(rejected)` once — with the headers that request carried — then retries it once.
 *
 * @example
 * ```ts
 * let token: string | undefined;
 * const auth: AuthStrategy = {
 *   headers: async () => ({ authorization: `Bearer ${(token ??= await vault.read('vapi-key'))}` }),
 *   invalidate(rejected) {
 *     // Another call may have replaced the token already: forget it only if it is the one rejected.
 *     if (rejected.authorization === `Bearer ${token}`) token = undefined;
 *     return true;
 *   },
 *   secrets: () => (token ? [token] : []),
 * };
 * ```
 */
export interface AuthStrategy {
  /** Headers to add to an authenticated request. */
  headers(context: AuthContext): Promise<Record<string, string>> | Record<string, string>;
  /**
   * A request carrying `rejected` (the headers `headers()` gave it) came back 401. Forget those credentials if they
   * are still the current ones — compare, then clear, so that N concurrent 401s for one token cost one refresh — and
   * return true if retrying with the current credentials can help.
   */
  invalidate?(rejected: Readonly<Record<string, string>>): boolean | Promise<boolean>;
  /** The secret strings this strategy holds or has issued, so they can be redacted everywhere. */
  secrets(): readonly string[];
}
