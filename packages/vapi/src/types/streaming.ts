/**
 * One text chunk of a streamed chat turn (`POST /chat` with `stream: true`), Vapi's `CreateChatStreamResponse`.
 *
 * @example
 * ```ts
 * const delta: ChatStreamDelta = { type: 'delta', id: 'r1', sessionId: 's1', path: 'chat.output[0].content', delta: 'Hi' };
 * ```
 */
export interface ChatStreamDelta {
  readonly type: 'delta';
  /** The id of the streamed response (not the chat's). */
  readonly id: string;
  /** The session the turn belongs to, when Vapi sends it. */
  readonly sessionId: string | undefined;
  /** Where the chunk goes in the chat, e.g. `chat.output[0].content`. */
  readonly path: string;
  /** The text chunk. */
  readonly delta: string;
}

/**
 * An event of a stream whose shape this package does not know, delivered as received (SSE `event` name and the
 * parsed JSON `data`), never dropped.
 *
 * @example
 * ```ts
 * const other: UnknownStreamEvent = { type: 'unknown', event: 'tool-call', data: { name: 'lookup' } };
 * ```
 */
export interface UnknownStreamEvent {
  readonly type: 'unknown';
  /** The SSE `event:` name; `undefined` for a plain `data:` message. */
  readonly event: string | undefined;
  /** The event's `data`, parsed as JSON. */
  readonly data: unknown;
}

/**
 * What iterating a `ChatStream` yields.
 *
 * @example
 * ```ts
 * declare const event: ChatStreamEvent;
 * if (event.type === 'delta') console.log(event.path, event.delta);
 * ```
 */
export type ChatStreamEvent = ChatStreamDelta | UnknownStreamEvent;

/**
 * `ResponseTextDeltaEvent` of `POST /chat/responses` (OpenAI Responses format).
 *
 * @example
 * ```ts
 * declare const event: ResponseTextDeltaEvent;
 * console.log(event.item_id, event.delta);
 * ```
 */
export interface ResponseTextDeltaEvent {
  readonly type: 'response.output_text.delta';
  readonly content_index: number;
  readonly delta: string;
  readonly item_id: string;
  readonly output_index: number;
}

/**
 * `ResponseTextDoneEvent`: the complete text of one content part.
 *
 * @example
 * ```ts
 * declare const event: ResponseTextDoneEvent;
 * console.log(event.text);
 * ```
 */
export interface ResponseTextDoneEvent {
  readonly type: 'response.output_text.done';
  readonly content_index: number;
  readonly item_id: string;
  readonly output_index: number;
  readonly text: string;
}

/**
 * `ResponseCompletedEvent`: the finished `ResponseObject` (its `id` is the stored chat's).
 *
 * @example
 * ```ts
 * declare const event: ResponseCompletedEvent;
 * console.log(event.response.id, event.response.status);
 * ```
 */
export interface ResponseCompletedEvent {
  readonly type: 'response.completed';
  readonly response: { readonly id: string; readonly [key: string]: unknown };
}

/**
 * `ResponseErrorEvent`: Vapi reports a failure inside the stream.
 *
 * @example
 * ```ts
 * declare const event: ResponseErrorEvent;
 * console.error(event.code, event.message);
 * ```
 */
export interface ResponseErrorEvent {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
  readonly param?: string | null | undefined;
  readonly sequence_number: number;
}

/**
 * What iterating a `ResponseStream` yields: the spec's `Response*Event` schemas, or an unknown event as received.
 *
 * @example
 * ```ts
 * declare const event: ResponseStreamEvent;
 * if (event.type === 'response.output_text.delta') console.log(event.delta);
 * ```
 */
export type ResponseStreamEvent =
  | ResponseTextDeltaEvent
  | ResponseTextDoneEvent
  | ResponseCompletedEvent
  | ResponseErrorEvent
  | UnknownStreamEvent;

/**
 * Options of `sessions.stream` and `sessions.streamResponse`: the usual request options (`signal`, `timeoutMs` and
 * `totalTimeoutMs` bound the wait for the response headers) and the idle timeout between two chunks of the body.
 *
 * @example
 * ```ts
 * const options: StreamOptions = { idleTimeoutMs: 60_000, signal: AbortSignal.timeout(300_000) };
 * ```
 */
export interface StreamOptions {
  readonly signal?: AbortSignal | undefined;
  /** Per-attempt timeout until the response headers arrive. */
  readonly timeoutMs?: number | undefined;
  /** Deadline for the response headers, retries included; a healthy stream may outlast it. */
  readonly totalTimeoutMs?: number | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * The longest silence allowed between two chunks of the body (keep-alive comments count), in ms; past it the stream
   * fails with `TimeoutError` (kind `idle`) and the connection is closed. Default 30 000 (`DEFAULT_IDLE_TIMEOUT_MS`).
   */
  readonly idleTimeoutMs?: number | undefined;
  /**
   * Keep the text of the deltas, for `text()` and for matching the chat in `finalChat()`. Default true; false for a
   * very long stream you only iterate: the stream then holds no more than the chunk in hand.
   */
  readonly keepText?: boolean | undefined;
}
