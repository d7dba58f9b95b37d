/**
 * Reads a server-requested wait from response headers, in milliseconds.
 *
 * @example
 * ```ts
 * // A vendor that sends the reset time as epoch seconds:
 * const retryAfter: RetryAfterReader = (headers, now) => {
 *   const reset = headers.get('x-ratelimit-reset');
 *   return readRetryAfter(headers, now) ?? (reset ? Math.max(0, Number(reset) * 1000 - now) : undefined);
 * };
 * ```
 */
export type RetryAfterReader = (headers: Headers, now: number) => number | undefined;

/**
 * The standard reader: `retry-after-ms`, then `Retry-After` as seconds or as an HTTP date.
 * Vendors with their own reset header wrap it (see `withResetHeader`).
 *
 * @example
 * ```ts
 * readRetryAfter(new Headers({ 'retry-after': '2' }), Date.now()); // 2000
 * readRetryAfter(new Headers({ 'retry-after-ms': '150' }), Date.now()); // 150
 * ```
 */
export const readRetryAfter: RetryAfterReader = (headers, now) => {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Number(milliseconds);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};

/**
 * Adds a vendor reset header to the standard reader: `name` holds the seconds until the limit resets, used when
 * there is no Retry-After.
 *
 * @example
 * ```ts
 * const retryAfter = withResetHeader('x-ratelimit-reset-after');
 * retryAfter(new Headers({ 'x-ratelimit-reset-after': '3' }), Date.now()); // 3000
 * const http = new HttpClient({ ...config, retryAfter });
 * ```
 */
export function withResetHeader(name: string): RetryAfterReader {
  return (headers, now) => {
    const standard = readRetryAfter(headers, now);
    if (standard !== undefined) return standard;
    const value = headers.get(name);
    return value !== null && /^\d+(\.\d+)?$/.test(value.trim()) ? Math.round(Number(value) * 1000) : undefined;
  };
}
