import type { ValidationIssue } from '../errors/validation-errors.ts';
import type { SessionkitWarning } from '../fleet/warning.ts';
/**
 * A request about to be sent; headers and URL are already redacted.
 *
 * @example
 * ```ts
 * const onRequest = (entry: RequestLogEntry) => console.debug(`→ ${entry.method} ${entry.url} #${entry.attempt}`);
 * const vapi = new VapiClient({ hooks: { onRequest } });
 * ```
 */
export interface RequestLogEntry {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attempt: number;
}

/**
 * A response received (any status).
 *
 * @example
 * ```ts
 * const onResponse = (entry: ResponseLogEntry) =>
 *   metrics.timing('vapi.request', entry.durationMs, { status: String(entry.status) });
 * const vapi = new VapiClient({ hooks: { onResponse } });
 * ```
 */
export interface ResponseLogEntry {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly attempt: number;
  readonly durationMs: number;
  readonly requestId: string | undefined;
}

/**
 * A retry about to wait.
 *
 * @example
 * ```ts
 * const onRetry = (entry: RetryLogEntry) =>
 *   console.warn(`attempt ${entry.attempt} of ${entry.method} ${entry.url} failed; retry in ${entry.delayMs} ms`);
 * const vapi = new VapiClient({ hooks: { onRetry } });
 * ```
 */
export interface RetryLogEntry {
  readonly method: string;
  readonly url: string;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: Error;
}

/**
 * Vendor drift that `lenient` validation delivered instead of throwing: the request, and every mismatch with its
 * field path.
 *
 * @example
 * ```ts
 * const onValidationIssue = (report: ValidationIssueReport) =>
 *   console.warn(`${report.method} ${report.url}: ${report.issues.map((i) => i.path).join(', ')} did not match`);
 * const vapi = new VapiClient({ hooks: { onValidationIssue } });
 * ```
 */
export interface ValidationIssueReport {
  /** The request's method. */
  readonly method: string;
  /** The request's URL, redacted. */
  readonly url: string;
  /** Each mismatch: field path and message. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Observers for logging and metrics. Everything they receive is redacted: no token, API key or client secret
 * ever reaches a hook. A hook that throws is ignored.
 *
 * @example
 * ```ts
 * new VapiClient({ apiKey, hooks: { onResponse: (r) => console.log(r.method, r.url, r.status, r.durationMs) } });
 * ```
 */
export interface HttpHooks {
  readonly onRequest?: (entry: RequestLogEntry) => void;
  readonly onResponse?: (entry: ResponseLogEntry) => void;
  readonly onRetry?: (entry: RetryLogEntry) => void;
  readonly onError?: (error: Error) => void;
  /** Vendor drift `lenient` validation tolerated: the response was delivered, these fields did not match. */
  readonly onValidationIssue?: (report: ValidationIssueReport) => void;
  /**
   * Something the client worked around without failing a call: a shared `tokenCache` or `rateLimiter` that did not
   * answer, and the local fallback used instead (once per outage).
   */
  readonly onWarning?: (warning: SessionkitWarning) => void;
}

/** Calls a hook, swallowing whatever it throws so logging can never break a request. */
export function callHook<T>(hook: ((entry: T) => void) | undefined, entry: T): void {
  if (!hook) return;
  try {
    hook(entry);
  } catch {
    // A broken logger must not change the outcome of the request.
  }
}
