/** Makes raw requests for an auth strategy (e.g. to a token endpoint), through the client's transport. */
export type TokenRequester = (request: {
  url: string;
  form: Record<string, string>;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
}) => Promise<unknown>;

/** What a strategy gets each time it is asked for credentials. */
export interface AuthContext {
  readonly signal?: AbortSignal | undefined;
  readonly requestToken: TokenRequester;
}

/**
 * How a client proves who it is. The transport asks for headers before each attempt, and calls
 * `invalidate()` once when a request comes back 401, then retries it once.
 */
export interface AuthStrategy {
  /** Headers to add to an authenticated request. */
  headers(context: AuthContext): Promise<Record<string, string>> | Record<string, string>;
  /** Forget cached credentials after a 401. Return true if retrying with new credentials can help. */
  invalidate?(): boolean;
  /** The secret strings this strategy holds or has issued, so they can be redacted everywhere. */
  secrets(): readonly string[];
}
