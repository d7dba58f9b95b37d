import type { Chat } from '../types/chat.ts';
import type { ChatStreamEvent, ResponseStreamEvent } from '../types/streaming.ts';
import type { StreamCore, StreamInit } from './stream-core.ts';

/**
 * The idle timeout of a stream unless `idleTimeoutMs` says otherwise: 30 s without a byte (keep-alives count).
 *
 * @example
 * ```ts
 * const stream = vapi.sessions.stream(sessionId, 'Hi', { idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS * 2 });
 * ```
 */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

/**
 * A streamed reply read as Server-Sent Events: iterate it for its events (once; `break` closes the connection),
 * `text()` for the whole text, `abort()` to cancel. The request is sent when the stream is created (once the
 * streaming code, loaded on first use, is there); an HTTP error before the first byte rejects the first `next()`
 * (or `text()`) with the usual `ApiError`. This shell stays small: the parser and the reading are a separate chunk.
 */
abstract class EventStream<E> implements AsyncIterable<E> {
  readonly #controller = new AbortController();
  /** @internal */
  protected readonly core: Promise<StreamCore<E>>;

  /** @internal */
  constructor(init: StreamInit, signal: AbortSignal | undefined) {
    const combined = signal ? AbortSignal.any([signal, this.#controller.signal]) : this.#controller.signal;
    this.core = import('./stream-core.ts').then(({ StreamCore }) => new StreamCore<E>(init, combined));
    this.core.catch(() => undefined);
  }

  /** Cancels the request and the reading: the connection is closed, the next read rejects with `RequestAbortedError`. */
  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  /** The stream's events, in order. It can be iterated once; leaving the loop early closes the connection. */
  async *[Symbol.asyncIterator](): AsyncGenerator<E, void, undefined> {
    yield* (await this.core).events();
  }

  /**
   * Reads the stream to its end and returns the reply's text: its text deltas, in order (those already iterated
   * included, unless `keepText: false`).
   */
  async text(): Promise<string> {
    return (await this.core).text();
  }
}

/**
 * A streamed chat turn (`sessions.stream`): iterate it for `ChatStreamEvent`s (text deltas with their `path`,
 * anything else as `UnknownStreamEvent`), `await text()` for the whole reply, `await finalChat()` for the `Chat` as
 * Vapi stored it, `abort()` to cancel.
 *
 * @example
 * ```ts
 * const stream = vapi.sessions.stream(sessionId, 'Where is my order?');
 * for await (const event of stream) if (event.type === 'delta') console.log(event.delta);
 * const chat = await stream.finalChat();
 * ```
 */
export class ChatStream extends EventStream<ChatStreamEvent> {
  /**
   * Reads the stream to its end, then returns the `Chat` as Vapi stored it. The stream's `id` names the streamed
   * response, not the chat, so: when an event names the chat (a `chatId` field, or an event whose data is the chat
   * itself, with `id`, `orgId` and `output`), that chat is fetched (`GET /chat/{id}`); otherwise the session's chats
   * are listed newest first (`GET /chat?sessionId=…&sortOrder=DESC&limit=10`) and the first whose output text
   * equals the streamed text is returned, else the newest.
   *
   * @throws {NotFoundError} the session has no chat; the errors of the stream and of `sessions.chats` otherwise.
   */
  async finalChat(): Promise<Chat> {
    return (await this.core).finalChat();
  }
}

/**
 * A streamed turn of the OpenAI-compatible endpoint (`sessions.streamResponse`, `POST /chat/responses`): iterate it
 * for `ResponseStreamEvent`s, `await text()` for the text of its `response.output_text.delta` events, `abort()` to
 * cancel.
 *
 * @example
 * ```ts
 * const stream = vapi.sessions.streamResponse(sessionId, 'Hi');
 * for await (const event of stream) if (event.type === 'response.completed') console.log(event.response.id);
 * ```
 */
export class ResponseStream extends EventStream<ResponseStreamEvent> {}
