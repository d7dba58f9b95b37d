import type { AuthStrategy, TokenRequester } from '../auth/auth-strategy.ts';
import type { ApiError, VendorErrorDetails } from '../errors/api-error.ts';
import type { Redactor } from '../errors/redactor.ts';
import type { SessionkitError } from '../errors/sessionkit-error.ts';
import type { FleetTransport } from '../fleet/fleet-transport.ts';
import { apiErrorFromResponse } from './api-error-from-response.ts';
import type { FetchLike } from './client-options.ts';
import { callHook, type HttpHooks } from './hooks.ts';
import type { HttpMethod } from './http-method.ts';
import { requestIdFrom } from './request-id.ts';
import type { ReceivedResponse } from './response-meta.ts';
import type { RetryAfterReader } from './retry-after.ts';
import type { RetryOptions } from './retry-policy.ts';
import type { StreamedBody } from './streamed-fetch.ts';

/** What every call of one client shares: the vendor's readers, the redactor, the hooks, the `fetch` to use. */
export interface TransportContext {
  readonly vendor: string;
  readonly redactor: Redactor;
  readonly hooks: HttpHooks | undefined;
  /** `onRequest` or `onResponse` is set. */
  readonly logsRequests: boolean;
  readonly parseErrorBody: ((body: unknown) => VendorErrorDetails) | undefined;
  readonly retryAfter: RetryAfterReader;
  readonly requestIdHeaders: readonly string[];
  /** The `fetch` of this moment: the client's, else `globalThis.fetch`, looked up per attempt. */
  readonly fetch: () => FetchLike;
  /** Posts a token request through the client's own transport (its timeouts and retries, no caller's). */
  readonly requestToken: TokenRequester;
  /** The shared token cache and rate limiter, loaded on first use; `undefined` when the client set neither. */
  readonly fleet: (() => Promise<FleetTransport>) | undefined;
}

/** A retry `shouldRetry` decided on, for the backoff to wait out and announce. */
export type RetryDecision =
  /** A failure retried after a backoff, or after the wait the server asked for (`waitMs`). */
  | { readonly kind: 'failure'; readonly error: unknown; readonly attempt: number; readonly waitMs?: number }
  /** The one retry with refreshed credentials, at once and unannounced (it is not a retry of a failure). */
  | { readonly kind: 'refresh' };

/** What one call is, fixed when it starts. */
export interface CallPlan {
  readonly method: HttpMethod;
  /** The redacted URL, computed on first use. */
  readonly safeUrl: () => string;
  readonly idempotent: boolean;
  readonly retry: RetryOptions;
  readonly timeoutMs: number;
  readonly totalTimeoutMs: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** The strategy whose credentials this call sends; `undefined` when it sends none. */
  readonly auth: AuthStrategy | undefined;
  /** The vendor's reading of a successful body (`HttpRequest.interpret`). */
  readonly interpret?: ((text: string, response: Response) => SessionkitError | undefined) | undefined;
  /**
   * The `fetch` of each attempt, built for this call: `bufferedFetch` unless the call hands a successful body over
   * unread (`HttpClient.stream` brings `streamedFetch`, loaded only by apps that stream).
   */
  readonly attemptFetch?: ((exchange: Exchange) => FetchLike) | undefined;
}

/**
 * One call's life across its attempts. ky runs the attempts, the waits between them and every timer; the rules
 * sessionkit keeps on top of ky (idempotency, the vendor's Retry-After, the one 401 refresh, the deadline, the hooks)
 * read and write what they need to know between two attempts here. Attempts of one call never overlap, so "the
 * last attempt" is always the one a hook or an error is about.
 */
export class Exchange {
  readonly context: TransportContext;
  readonly plan: CallPlan;
  /** Attempts started (each is one `fetch`). */
  attempts = 0;
  /** When the attempt in flight started, for `onResponse`'s `durationMs`. */
  attemptStartedAt = 0;
  /** The body of the last attempt's response, read inside the attempt; `undefined` until it has been read. */
  body: string | undefined;
  /** A streamed call's successful body, detached from ky's timers (`streamedFetch`); `undefined` otherwise. */
  streamed: StreamedBody | undefined;
  /** What the last attempt's `fetch` threw, to tell a transport failure from any other error. */
  fetchError: unknown;
  /** The credentials the last attempt carried: what a 401 rejected. */
  credentials: Readonly<Record<string, string>> = {};
  /** The first attempt's credentials went with the request itself (a strategy that answered at once). */
  credentialsSent = false;
  /** The first attempt's credentials, still being fetched when the call started (`firstCredentials`). */
  pendingCredentials: PromiseLike<Record<string, string>> | undefined;
  /** Whether the one refresh after a 401 has been spent (it does not count against `maxRetries`). */
  refreshed = false;
  /** The error the vendor's reading of a successful body found in the last attempt (`HttpRequest.interpret`). */
  interpreted: SessionkitError | undefined;
  /**
   * The retry ky is about to make, from `shouldRetry` to the backoff: the failure (ky's error and attempt number),
   * or the one refresh after rejected credentials; `waitMs` when the wait is not a backoff (the server's, or none).
   */
  retrying: RetryDecision | undefined;
  readonly #startedAt = performance.now();

  constructor(context: TransportContext, plan: CallPlan) {
    this.context = context;
    this.plan = plan;
  }

  /** Time since the call started, in milliseconds. */
  get elapsedMs(): number {
    return performance.now() - this.#startedAt;
  }

  /** The caller's signal has fired. */
  get aborted(): boolean {
    return this.plan.signal?.aborted === true;
  }

  /** Retries spent on failures (the 401 refresh excluded), given ky's count of retries made so far. */
  retriesSpent(retryCount: number): number {
    return retryCount - (this.refreshed ? 1 : 0);
  }

  /** The call's total deadline has passed. A 1 ms tolerance absorbs timers that fire a little early. */
  deadlinePassed(): boolean {
    const total = this.plan.totalTimeoutMs;
    return total !== undefined && this.elapsedMs >= total - 1;
  }

  /** Waiting `waitMs` now would end at or after the call's total deadline. */
  wouldPassDeadline(waitMs: number): boolean {
    const total = this.plan.totalTimeoutMs;
    return total !== undefined && this.elapsedMs + waitMs >= total;
  }

  /** The `ApiError` of an error response of the last attempt. */
  apiError(response: Response): ApiError {
    return apiErrorFromResponse(this.context, response, this.body ?? '', this.plan.method, this.plan.safeUrl);
  }

  /** The vendor's request id in these headers, redacted. */
  requestId(headers: Headers): string | undefined {
    return requestIdFrom(headers, this.context.requestIdHeaders, this.context.redactor);
  }

  /** `onRetry`: attempt number `attempt` failed with `error`; the next one follows in `delayMs`. */
  announceRetry(error: SessionkitError, attempt: number, delayMs: number): void {
    const { method, safeUrl } = this.plan;
    callHook(this.context.hooks?.onRetry, { method, url: safeUrl(), attempt, delayMs, error });
  }

  /** The successful response ky returned, with its body and the facts about it. */
  received(response: Response): ReceivedResponse {
    return {
      response,
      text: this.body ?? '',
      meta: {
        status: response.status,
        headers: response.headers,
        requestId: this.requestId(response.headers),
        attempts: this.attempts,
        validationIssues: [],
      },
    };
  }
}
