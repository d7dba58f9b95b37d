import type { ValidationIssue } from '../errors/validation-errors.ts';

/**
 * Facts about the HTTP response a result came from. Vendor clients extend it (Genesys adds its correlation id and
 * rate-limit window).
 *
 * @example
 * ```ts
 * const { data, response } = await vapi.sessions.get(id).withResponse();
 * const facts: ResponseMeta = response;
 * console.log(facts.status, facts.requestId, facts.attempts, facts.headers.get('content-type'));
 * ```
 */
export interface ResponseMeta {
  /** The HTTP status of the final attempt. */
  readonly status: number;
  /** The response headers of the final attempt. */
  readonly headers: Headers;
  /** The vendor's request or correlation id (from the vendor's header), redacted; `undefined` when absent. */
  readonly requestId: string | undefined;
  /** Attempts made, retries included: 1 when the first attempt succeeded. */
  readonly attempts: number;
  /**
   * The mismatches `lenient` validation tolerated in this response (vendor drift: a missing nested field, an
   * unknown or malformed list item), each with its field path; empty when the body matched, or before it is parsed.
   */
  readonly validationIssues: readonly ValidationIssue[];
}

/**
 * A result together with the response it came from: what `.withResponse()` resolves to.
 *
 * @example
 * ```ts
 * const result: WithResponse<Session> = await vapi.sessions.get(id).withResponse();
 * console.log(result.data.id, result.response.requestId);
 * ```
 */
export interface WithResponse<T, TResponse extends ResponseMeta = ResponseMeta> {
  /** The parsed, validated result. */
  readonly data: T;
  /** Facts about the response it came from. */
  readonly response: TResponse;
}

/**
 * A successful response after retries, its body already read as text but not yet parsed: what an `ApiPromise` is
 * built on. Vendor packages and tests build these; users meet them only through `ApiPromise`.
 *
 * @example
 * ```ts
 * const received: ReceivedResponse = { response, text: await response.text(), meta };
 * ```
 */
export interface ReceivedResponse<TResponse extends ResponseMeta = ResponseMeta> {
  /** The response of the final attempt (its body has been read into `text`). */
  readonly response: Response;
  /** The body as received. */
  readonly text: string;
  /** Facts about the response. */
  readonly meta: TResponse;
}
