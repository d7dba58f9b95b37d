/**
 * Something a client worked around without failing the call: a shared store that did not answer, and the local
 * fallback it used instead. Redacted like every hook entry: it names the store and the operation, never a secret.
 *
 * @example
 * ```ts
 * const onWarning = (warning: SessionkitWarning) => console.warn(`[${warning.code}] ${warning.message}`);
 * ```
 */
export interface SessionkitWarning {
  /** `token-cache-unavailable` or `rate-limiter-unavailable`. */
  readonly code: string;
  readonly message: string;
  /** The store's own error, when there was one (its message never holds a secret of sessionkit's). */
  readonly cause?: unknown;
}
