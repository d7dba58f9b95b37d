import type { Middleware, RecordedRequest, Reply } from '../server/index.ts';

/**
 * Which requests a fault applies to. Default: every request of the vendor's API (the OAuth token endpoints only when
 * `path` names them). `path` is the decoded request path, exact (`'/session'`) or a pattern (`/^\/chat/`).
 */
export interface FaultScope {
  readonly method?: string;
  readonly path?: string | RegExp;
}

/** How a failed request fails: an HTTP status in the vendor's error shape, or the connection reset before any byte. */
export type Failure = { readonly status: number; readonly message?: string } | 'reset';

/** Options of `slow()`. */
export interface SlowOptions extends FaultScope {
  /** How many requests to slow down. Default: every one until `slow(0)`, `clearFaults()` or `reset()`. */
  readonly count?: number;
}

/** The fault controls every emulator has, driven by your tests. */
export interface FaultControls {
  /**
   * The next `count` requests get the vendor's 429 with `Retry-After: retryAfterSeconds`.
   *
   * @example
   * ```ts
   * vapi.throttle(1, 2); // the next request: 429, Retry-After: 2
   * ```
   */
  throttle(count: number, retryAfterSeconds: number, scope?: FaultScope): void;
  /**
   * The next `count` requests fail: with `{ status }` in the vendor's error body, or `'reset'` (the socket is destroyed
   * before any response byte, as a dropped connection).
   *
   * @example
   * ```ts
   * vapi.failNext(2, { status: 503 });
   * vapi.failNext(1, 'reset', { method: 'GET', path: /^\/session\// });
   * ```
   */
  failNext(count: number, failure: Failure, scope?: FaultScope): void;
  /**
   * Delays responses by `ms` (the request is handled at once, its answer is held back): every request until
   * `slow(0)`, or the next `options.count`.
   *
   * @example
   * ```ts
   * genesys.slow(1_500, { count: 1 }); // one slow answer, for a client timeout test
   * ```
   */
  slow(ms: number, options?: SlowOptions): void;
  /** Forgets every pending fault (what `reset()` also does). */
  clearFaults(): void;
}

type Planned =
  | { readonly kind: 'status'; readonly status: number; readonly message: string | undefined }
  | { readonly kind: 'reset' }
  | { readonly kind: 'throttle'; readonly seconds: number };

interface Pending {
  remaining: number;
  readonly scope: FaultScope;
  readonly planned: Planned;
}

/** How an emulator writes a failure in its vendor's shape. */
export interface VendorFailures {
  /** Which requests are the vendor's API (the default scope of every fault). */
  readonly isApi: (request: RecordedRequest) => boolean;
  /** The vendor's error reply for a status. */
  readonly error: (status: number, message: string | undefined, request: RecordedRequest) => Reply;
  /** The vendor's 429 asking to wait `seconds`. */
  readonly tooManyRequests: (seconds: number, request: RecordedRequest) => Reply;
}

function inScope(scope: FaultScope, request: RecordedRequest, isApi: boolean): boolean {
  if (scope.method !== undefined && scope.method.toUpperCase() !== request.method) return false;
  if (scope.path === undefined) return isApi;
  return typeof scope.path === 'string' ? scope.path === request.path : scope.path.test(request.path);
}

function wholeCount(count: number, name: string): number {
  if (count === Number.POSITIVE_INFINITY) return count;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${name} takes a whole number ≥ 0, got ${count}`);
  return count;
}

/**
 * The pending faults of one emulator, served in the order they were set, each to the next requests in its scope; a
 * middleware of its test server. Failures and throttles answer before the vendor logic runs (nothing changes);
 * slow answers are the real ones, held back.
 */
export class FaultPlan implements FaultControls {
  readonly #vendor: VendorFailures;
  readonly #failures: Pending[] = [];
  readonly #slow: Array<{ remaining: number; scope: FaultScope; ms: number }> = [];

  constructor(vendor: VendorFailures) {
    this.#vendor = vendor;
  }

  throttle(count: number, retryAfterSeconds: number, scope: FaultScope = {}): void {
    if (!Number.isFinite(retryAfterSeconds) || retryAfterSeconds < 0) {
      throw new RangeError(`throttle() takes a Retry-After ≥ 0 seconds, got ${retryAfterSeconds}`);
    }
    const remaining = wholeCount(count, 'throttle()');
    if (remaining > 0) {
      this.#failures.push({ remaining, scope, planned: { kind: 'throttle', seconds: Math.ceil(retryAfterSeconds) } });
    }
  }

  failNext(count: number, failure: Failure, scope: FaultScope = {}): void {
    const remaining = wholeCount(count, 'failNext()');
    if (failure !== 'reset' && !(Number.isInteger(failure.status) && failure.status >= 400 && failure.status <= 599)) {
      throw new RangeError(`failNext() takes a status from 400 to 599 or 'reset', got ${JSON.stringify(failure)}`);
    }
    if (remaining === 0) return;
    const planned: Planned =
      failure === 'reset' ? { kind: 'reset' } : { kind: 'status', status: failure.status, message: failure.message };
    this.#failures.push({ remaining, scope, planned });
  }

  slow(ms: number, options: SlowOptions = {}): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`slow() takes milliseconds ≥ 0, got ${ms}`);
    const { count = Number.POSITIVE_INFINITY, ...scope } = options;
    if (ms === 0 && options.count === undefined) {
      this.#slow.length = 0;
      return;
    }
    const remaining = wholeCount(count, 'slow()');
    if (remaining > 0) this.#slow.push({ remaining, scope, ms });
  }

  clearFaults(): void {
    this.#failures.length = 0;
    this.#slow.length = 0;
  }

  /** The middleware to give the emulator's test server. */
  readonly middleware: Middleware = async (request, next) => {
    if (request.method === 'OPTIONS') return next();
    const isApi = this.#vendor.isApi(request);
    const failure = take(this.#failures, request, isApi);
    const planned = failure?.planned;
    if (planned?.kind === 'throttle') return this.#vendor.tooManyRequests(planned.seconds, request);
    if (planned?.kind === 'reset') return { fault: 'reset-before-headers' };
    if (planned?.kind === 'status') return this.#vendor.error(planned.status, planned.message, request);
    const slow = take(this.#slow, request, isApi);
    const reply = await next();
    return slow && slow.ms > 0 ? { fault: 'delay', ms: slow.ms, then: reply } : reply;
  };
}

function take<T extends { remaining: number; scope: FaultScope }>(
  queue: T[],
  request: RecordedRequest,
  isApi: boolean,
): T | undefined {
  const index = queue.findIndex((entry) => inScope(entry.scope, request, isApi));
  if (index < 0) return undefined;
  const entry = queue[index] as T;
  entry.remaining -= 1;
  if (entry.remaining <= 0) queue.splice(index, 1);
  return entry;
}

/** The fault controls of an emulator, bound to its plan. */
export function faultControls(faults: FaultControls): FaultControls {
  return {
    throttle: (count, retryAfterSeconds, scope) => faults.throttle(count, retryAfterSeconds, scope),
    failNext: (count, failure, scope) => faults.failNext(count, failure, scope),
    slow: (ms, options) => faults.slow(ms, options),
    clearFaults: () => faults.clearFaults(),
  };
}
