/**
 * Genesys' informational rate-limit headers (`inin-ratelimit-count`, `-allowed`, `-reset`) as numbers: how many
 * requests the current window has seen, how many it allows, and the seconds until it resets.
 *
 * @example
 * ```ts
 * const { response } = await gj.sessions.get(sessionId).withResponse();
 * if (response.rateLimit?.remaining === 0) await sleep(response.rateLimit.resetSeconds * 1000);
 * ```
 */
export interface RateLimitInfo {
  /** Requests counted in the current window (`inin-ratelimit-count`). */
  readonly count: number | undefined;
  /** Requests allowed per window (`inin-ratelimit-allowed`). */
  readonly allowed: number | undefined;
  /** Seconds until the window resets (`inin-ratelimit-reset`). */
  readonly resetSeconds: number | undefined;
  /** `allowed - count`, never below 0, when both are known. */
  readonly remaining: number | undefined;
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value !== undefined && /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
}

/**
 * Reads the `inin-ratelimit-*` headers of a response (or of an error's `headers`); `undefined` when none is present.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (RateLimitError.isInstance(error)) console.log(readRateLimit((error as RateLimitError).headers));
 * }
 * ```
 */
export function readRateLimit(headers: Headers | Readonly<Record<string, string>>): RateLimitInfo | undefined {
  const all = headers instanceof Headers ? headers : new Headers(headers as Record<string, string>);
  const count = numberHeader(all, 'inin-ratelimit-count');
  const allowed = numberHeader(all, 'inin-ratelimit-allowed');
  const resetSeconds = numberHeader(all, 'inin-ratelimit-reset');
  if (count === undefined && allowed === undefined && resetSeconds === undefined) return undefined;
  const remaining = count !== undefined && allowed !== undefined ? Math.max(0, allowed - count) : undefined;
  return { count, allowed, resetSeconds, remaining };
}
