import type { RateLimiter } from '../fleet/rate-limiter.ts';
import type { TokenCache } from '../fleet/token-cache.ts';
import type { ValidationMode } from '../schema/validation-mode.ts';
import type { HttpHooks } from './hooks.ts';
import type { RetryOptions } from './retry-policy.ts';

/**
 * A `fetch` implementation; read at call time, so replacing `globalThis.fetch` later still takes effect.
 *
 * @example
 * ```ts
 * // A stub for tests: every request answers 200 with the same session.
 * const fetch: FetchLike = async () => Response.json({ id: 'sess_1', status: 'active' });
 * const vapi = new VapiClient({ apiKey: 'test-key', fetch });
 * ```
 */
export type FetchLike = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

/**
 * A schema compiler for `compileSchema`: zod's own `compile` (`import { compile } from 'zod/mini'`). Typed without
 * zod's types so that a client's public options do not make the type checker load zod.
 *
 * @example
 * ```ts
 * import { compile } from 'zod/mini';
 * const compileSchema: SchemaCompiler = compile;
 * ```
 */
export type SchemaCompiler = (schema: never) => unknown;

/**
 * Options every sessionkit client accepts, next to its own (credentials, region…).
 *
 * @example
 * ```ts
 * new VapiClient({ apiKey, timeoutMs: 10_000, maxRetries: 4, validation: 'strict' });
 * new VapiClient({ apiKey, compileSchema: compile }); // import { compile } from 'zod/mini'
 * ```
 */
export interface ClientOptions {
  /** Override the vendor's base URL (gateways, proxies, local emulators). */
  readonly baseUrl?: string | undefined;
  /** Extra headers on every request to the vendor's API (not on requests to an OAuth token endpoint). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Timeout of one attempt, headers and body included; `Infinity` for none. Default 30 s. */
  readonly timeoutMs?: number | undefined;
  /** Deadline of a whole call, retries and waits included. Default none. */
  readonly totalTimeoutMs?: number | undefined;
  /** Shortcut for `retry.maxRetries`. Default 2. */
  readonly maxRetries?: number | undefined;
  /** Retry policy overrides. */
  readonly retry?: Partial<RetryOptions> | undefined;
  /** Custom `fetch`. Default: `globalThis.fetch`, looked up at each call. */
  readonly fetch?: FetchLike | undefined;
  /** Logging and metrics observers; they only ever see redacted data. */
  readonly hooks?: HttpHooks | undefined;
  /** Response validation mode. Default `lenient`. */
  readonly validation?: ValidationMode | undefined;
  /** Allow credentials over plain `http://` to hosts other than localhost. Default false. */
  readonly allowInsecureHttp?: boolean | undefined;
  /**
   * Compiles each response schema once, the first time it is used, to validate faster: pass zod's own `compile`
   * (`import { compile } from 'zod/mini'`), which cuts the cost of validating a session on Node (1.7× for Vapi,
   * 3.3× for Genesys in the bench) and falls back to the ordinary parser where `new Function` is not allowed. Opt-in
   * because it adds zod's code generator to a bundle.
   */
  readonly compileSchema?: SchemaCompiler | undefined;
  /**
   * Where OAuth client-credentials tokens live, keyed by token URL + client id (never the secret). Default: this
   * client's memory. `redisTokenCache()` from `@sessionkit/redis` shares one token among processes: one of them
   * fetches it, the others wait for it; a 401 clears only the rejected token, for all. A cache that does not answer
   * (within `storeTimeoutMs`) is replaced by memory until it does, with one `onWarning`.
   */
  readonly tokenCache?: TokenCache | undefined;
  /**
   * Asked before every request, retries included, with the vendor's bucket key (a hash of the credentials sent);
   * may delay it, and learns from the vendor's rate-limit headers and `Retry-After`. Its wait counts against the
   * caller's `signal` and `totalTimeoutMs`, not the per-attempt timeout. Default: none. `memoryRateLimiter()` paces
   * this process, `redisRateLimiter()` from `@sessionkit/redis` the fleet; a limiter that does not answer is
   * replaced by a memory one until it does, with one `onWarning`.
   */
  readonly rateLimiter?: RateLimiter | undefined;
  /** Longest wait for one operation of a shared `tokenCache` or `rateLimiter` before the local fallback. Default 1 s. */
  readonly storeTimeoutMs?: number | undefined;
}

/**
 * Options of one call, accepted as the last argument of every client method.
 *
 * @example
 * ```ts
 * await vapi.sessions.get(id, { signal: AbortSignal.timeout(2_000), maxRetries: 0 });
 * ```
 */
export interface RequestOptions {
  /**
   * Aborts the call: the attempt in flight, a retry wait and the wait for a token (the token request itself goes on
   * for the other calls waiting for it); rejects with `RequestAbortedError`.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * Bounds one attempt, from sending the request to the last byte of the body, in milliseconds; an attempt that
   * runs out fails with `TimeoutError` (kind `attempt`) and may be retried. Default: the client's, else 30 s.
   */
  readonly timeoutMs?: number | undefined;
  /**
   * Bounds the whole call — every attempt, the waits between them and the wait for credentials — in milliseconds;
   * when it runs out the call fails with `TimeoutError` (kind `deadline`) and is not retried. A retry whose wait would
   * end past it is not made: the call fails at once with the error it would have retried. A token request shared
   * with other calls runs on the client's own timeouts and goes on for them. Default: the client's, else none.
   */
  readonly totalTimeoutMs?: number | undefined;
  /** Retries after the first attempt (0 for none). Default: the client's, else 2. */
  readonly maxRetries?: number | undefined;
  /** Retry policy overrides for this call (backoff, the longest `Retry-After` honoured). */
  readonly retry?: Partial<RetryOptions> | undefined;
  /** Response validation mode for this call. Default: the client's, else `lenient`. */
  readonly validation?: ValidationMode | undefined;
  /** Extra headers of this call, sent after the client's own (CR/LF refused). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * Options of a list call: every request option, plus the page cap of the walk.
 *
 * @example
 * ```ts
 * for await (const session of vapi.sessions.list({ limit: 100 }, { maxPages: 50, timeoutMs: 5_000 })) {
 *   console.log(session.id);
 * }
 * ```
 */
export interface ListOptions extends RequestOptions {
  /**
   * The most pages one walk fetches (a whole number ≥ 1); past it the walk ends with a `PaginationError`
   * (reason `max-pages`). Default 10,000.
   */
  readonly maxPages?: number | undefined;
}
