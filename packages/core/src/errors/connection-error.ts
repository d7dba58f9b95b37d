import { SessionkitError } from './sessionkit-error.ts';

/**
 * Options of a connection failure.
 *
 * @example
 * ```ts
 * const options: ConnectionErrorOptions = { method: 'GET', url, reachedServer: false, cause };
 * throw new ConnectionError(`GET ${url} failed: connect ECONNREFUSED`, options);
 * ```
 */
export interface ConnectionErrorOptions {
  readonly method: string;
  readonly url: string;
  /** False when the request provably never reached the server (refused, DNS failure): safe to retry any method. */
  readonly reachedServer: boolean;
  readonly cause?: unknown;
}

/**
 * The request could not be completed at the network level: refused, reset, DNS failure, cut body.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof ConnectionError) console.error(error.message, { reachedServer: error.reachedServer });
 *   else throw error;
 * }
 * ```
 */
export class ConnectionError extends SessionkitError {
  static override readonly brand: string = 'ConnectionError';
  readonly method: string;
  readonly url: string;
  readonly reachedServer: boolean;

  constructor(message: string, options: ConnectionErrorOptions) {
    super(message, { cause: options.cause });
    this.method = options.method;
    this.url = options.url;
    this.reachedServer = options.reachedServer;
  }

  protected override details(): Record<string, unknown> {
    return { method: this.method, url: this.url, reachedServer: this.reachedServer };
  }
}

/**
 * An attempt ran past its timeout, or the whole call ran past its deadline.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id, { timeoutMs: 5_000, totalTimeoutMs: 15_000 });
 * } catch (error) {
 *   if (error instanceof TimeoutError) console.warn(`${error.kind} timeout after ${error.timeoutMs} ms`);
 *   else throw error;
 * }
 * ```
 */
export class TimeoutError extends ConnectionError {
  static override readonly brand: string = 'TimeoutError';
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * `attempt` when one attempt timed out, `deadline` when the total deadline passed, `idle` when a streamed body
   * went silent for longer than its idle timeout.
   */
  readonly kind: 'attempt' | 'deadline' | 'idle';

  constructor(
    message: string,
    options: ConnectionErrorOptions & { timeoutMs: number; kind: 'attempt' | 'deadline' | 'idle' },
  ) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.kind = options.kind;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), timeoutMs: this.timeoutMs, kind: this.kind };
  }
}

/**
 * The caller's `AbortSignal` fired.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * cancelButton.onclick = () => controller.abort();
 * try {
 *   await vapi.sessions.get(id, { signal: controller.signal });
 * } catch (error) {
 *   if (!(error instanceof RequestAbortedError)) throw error;
 * }
 * ```
 */
export class RequestAbortedError extends SessionkitError {
  static override readonly brand: string = 'RequestAbortedError';
}
