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
  readonly signal?: AbortSignal | undefined;
  readonly requestToken: TokenRequester;
}

/**
 * How a client proves who it is. The transport asks for headers before each attempt, and calls
 * `invalidate()` once when a request comes back 401, then retries it once.
 *
 * @example
 * ```ts
 * let token: string | undefined;
 * const auth: AuthStrategy = {
 *   headers: async () => ({ authorization: `Bearer ${(token ??= await vault.read('vapi-key'))}` }),
 *   invalidate() { token = undefined; return true; },
 *   secrets: () => (token ? [token] : []),
 * };
 * ```
 */
export interface AuthStrategy {
  /** Headers to add to an authenticated request. */
  headers(context: AuthContext): Promise<Record<string, string>> | Record<string, string>;
  /** Forget cached credentials after a 401. Return true if retrying with new credentials can help. */
  invalidate?(): boolean;
  /** The secret strings this strategy holds or has issued, so they can be redacted everywhere. */
  secrets(): readonly string[];
}
