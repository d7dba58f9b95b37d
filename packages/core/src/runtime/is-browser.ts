/**
 * True in a browser main thread or web worker (where a client secret must never be used).
 *
 * @example
 * ```ts
 * if (isBrowser() && clientSecret) {
 *   throw new ConfigurationError('Never ship a client secret to a browser; use tokenProvider() instead.');
 * }
 * ```
 */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown };
  return (
    (typeof scope.window === 'object' && typeof scope.document === 'object') ||
    typeof scope.importScripts === 'function'
  );
}
