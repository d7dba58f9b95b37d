import { path, type StreamedResponse } from '@sessionkit/core';
import { NotFoundError } from '@sessionkit/core/surface';
import type { SessionsContext } from '../internal/context.ts';
import { messageText } from '../message-text.ts';
import { ChatSchema } from '../schemas/chat.ts';
import type { Chat } from '../types/chat.ts';
import type { ListChatsParams } from '../types/params.ts';
import { decodeChatEvent, decodeResponseEvent, readSse, type SseMessage } from './read-sse.ts';

/** How a stream starts and reads its events (built by `start.ts`, in the main bundle; not exported). */
export interface StreamInit {
  /** Sends the request with this signal; resolves once the response headers arrived. */
  readonly start: (signal: AbortSignal) => Promise<StreamedResponse>;
  readonly method: string;
  /** The redacted URL, for error messages. */
  readonly url: () => string;
  readonly idleTimeoutMs: number;
  /** Keep the text of the deltas for `text()` (default true). */
  readonly keepText: boolean | undefined;
  readonly kind: 'chat' | 'response';
  /** For `finalChat`: the transport, the resource's chat list and the session. */
  readonly context: SessionsContext;
  readonly lister: {
    chats(sessionId: string, params?: ListChatsParams): PromiseLike<{ readonly items: readonly Chat[] }>;
  };
  readonly sessionId: string;
}

type Fields = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/**
 * The working part of a `ChatStream` or `ResponseStream`, loaded with the SSE parser on the first stream: sends the
 * request, reads its events once (`events()`), keeps the text of the deltas, remembers a chat an event names.
 */
export class StreamCore<E> {
  readonly #init: StreamInit;
  readonly #signal: AbortSignal;
  readonly #started: Promise<StreamedResponse>;
  readonly #parts: string[] = [];
  #events: AsyncGenerator<E, void, undefined> | undefined;
  #namedChat: string | undefined;

  constructor(init: StreamInit, signal: AbortSignal) {
    this.#init = init;
    this.#signal = signal;
    this.#started = init.start(signal);
    // Rejections surface on the first read; until then they are not unhandled.
    this.#started.catch(() => undefined);
  }

  events(): AsyncGenerator<E, void, undefined> {
    this.#events ??= this.#read();
    return this.#events;
  }

  async text(): Promise<string> {
    for await (const _ of this.events()) {
      // Reading to the end keeps the text.
    }
    return this.#parts.join('');
  }

  async finalChat(): Promise<Chat> {
    const text = await this.text();
    const { context, lister, sessionId } = this.#init;
    if (this.#namedChat !== undefined) {
      return (await context.http.request({
        method: 'GET',
        path: path`/chat/${this.#namedChat}`,
        schema: ChatSchema,
      })) as Chat;
    }
    const { items } = await lister.chats(sessionId, { sortOrder: 'DESC', limit: 10 });
    const textOf = (chat: Chat) => (chat.output ?? []).map((message) => messageText(message) ?? '').join('');
    const chat = items.find((candidate) => textOf(candidate) === text) ?? items[0];
    if (chat) return chat;
    throw new NotFoundError({
      vendor: 'Vapi',
      status: 404,
      method: 'GET',
      url: context.http.redactor.url(`${context.baseUrl.replace(/\/$/, '')}/chat?sessionId=${sessionId}`),
      headers: {},
      body: undefined,
      message: `the session ${sessionId} has no chat`,
    });
  }

  async *#read(): AsyncGenerator<E, void, undefined> {
    const init = this.#init;
    const { body } = await this.#started;
    const decode = (init.kind === 'chat' ? decodeChatEvent : decodeResponseEvent) as (message: SseMessage) => E;
    const messages = readSse(body, {
      method: init.method,
      url: init.url(),
      idleTimeoutMs: init.idleTimeoutMs,
      signal: this.#signal,
    });
    for await (const message of messages) {
      const event = decode(message);
      const fields = event as { type: string; delta?: string; data?: unknown };
      const text = fields.type === 'delta' || fields.type === 'response.output_text.delta' ? fields.delta : undefined;
      if (text !== undefined && init.keepText !== false) this.#parts.push(text);
      if (fields.type === 'unknown' && isObject(fields.data)) this.#remember(fields.data);
      yield event;
    }
  }

  /** An event that names the chat: a `chatId`, or the chat itself (`id`, `orgId`, `output`). */
  #remember(data: Fields): void {
    if (this.#init.kind !== 'chat') return;
    if (typeof data.chatId === 'string') this.#namedChat = data.chatId;
    else if (typeof data.id === 'string' && typeof data.orgId === 'string' && Array.isArray(data.output)) {
      this.#namedChat = data.id;
    }
  }
}
