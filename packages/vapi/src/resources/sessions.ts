import { type Paginator, PathId, path, summarize, validateInput } from '@sessionkit/core';
// Public signatures use the zod-free surface only, so that the published .d.ts loads no zod types.
import {
  type ApiPromise,
  type ListOptions,
  Page,
  PagePromise,
  type RecentSessionsOptions,
  type RequestOptions,
  type SessionSource,
  type SessionSummary,
} from '@sessionkit/core/surface';
import type { SessionsContext } from '../internal/context.ts';
import { vapiPaginator } from '../internal/paginator.ts';
import { toSessionSummary } from '../internal/summary.ts';
import { CreateSessionParamsSchema } from '../params/create-session.ts';
import { ListChatsParamsSchema } from '../params/list-chats.ts';
import { ListSessionsParamsSchema } from '../params/list-sessions.ts';
import { SendMessageParamsSchema } from '../params/send-message.ts';
import { UpdateSessionParamsSchema } from '../params/update-session.ts';
import { ChatPageSchema, ChatSchema } from '../schemas/chat.ts';
import { SessionPageSchema, SessionSchema } from '../schemas/session.ts';
import type { ChatStream, ResponseStream } from '../streaming/event-stream.ts';
import { startChatStream, startResponseStream } from '../streaming/start.ts';
import type { Chat, ChatPage } from '../types/chat.ts';
import type {
  ChatInput,
  ChatListQuery,
  CreateSessionParams,
  ListChatsParams,
  ListSessionsParams,
  SendMessageParams,
  SessionListQuery,
  UpdateSessionParams,
} from '../types/params.ts';
import type { Session, SessionPage } from '../types/session.ts';
import type { StreamOptions } from '../types/streaming.ts';

const RECENT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/**
 * Vapi sessions (`/session`) and the chat turns inside them (`/chat?sessionId=…`). Every method validates its input
 * before sending (`RequestValidationError`), checks the response against the spec's schema
 * (`ResponseValidationError`), and throws only `SessionkitError`s. Implements core's `SessionSource`.
 *
 * Methods that return one result return an `ApiPromise`: the request is sent at once, when the method is called;
 * `await` it for the data, `.withResponse()` for the data with the response's status, headers and request id,
 * `.asResponse()` for the raw `Response`. `list` and `chats` return a lazy `PagePromise`: nothing is sent until it
 * is awaited, iterated or asked `.withResponse()`.
 *
 * @example
 * ```ts
 * const session = await vapi.sessions.create({ assistantId, name: 'Order #1042' });
 * const chat = await vapi.sessions.send(session.id, 'Where is my order?');
 * const { data, response } = await vapi.sessions.update(session.id, { status: 'completed' }).withResponse();
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  /** The vendor holding the sessions: `vapi`. */
  readonly vendor = 'vapi' as const;
  readonly #context: SessionsContext;
  readonly #sessionPages: Paginator<SessionListQuery, Session, SessionPage>;
  readonly #chatPages: Paginator<ChatListQuery, Chat, ChatPage>;

  /** @internal */
  constructor(context: SessionsContext) {
    this.#context = context;
    this.#sessionPages = vapiPaginator(context.http, '/session', SessionPageSchema);
    this.#chatPages = vapiPaginator(context.http, '/chat', ChatPageSchema);
  }

  /**
   * Creates a session (`POST /session`, answered 201). All fields are optional. Not retried after it may have
   * reached Vapi (POST is not idempotent): only on 429 and on connections that never reached the server.
   *
   * @throws {RequestValidationError} the body breaks a spec limit or has an unknown key (rejects; nothing is sent).
   * @throws {BadRequestError} Vapi refused the body (400); likewise `AuthenticationError` (401),
   *   `PermissionDeniedError` (403), `UnprocessableEntityError` (422), `RateLimitError` (429),
   *   `InternalServerError` (5xx) or another `ApiError`.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the response does not match the `Session` schema.
   *
   * @example
   * ```ts
   * const session = await vapi.sessions.create({ assistantId, customer: { number: '+14155550123' } });
   * ```
   */
  create(body: CreateSessionParams = {}, options: RequestOptions = {}): ApiPromise<Session> {
    return this.#context.http.call(() => {
      const json = validateInput(CreateSessionParamsSchema, body, 'Vapi session create body');
      this.#context.secrets.addPhoneNumberSecrets(json.phoneNumber);
      return { ...options, method: 'POST', path: '/session', json, schema: SessionSchema };
    });
  }

  /**
   * Fetches one session (`GET /session/{id}`). The id is percent-encoded as one path segment.
   *
   * @throws {RequestValidationError} the id is empty, `.` or `..`, or not a string (rejects; nothing is sent).
   * @throws {NotFoundError} no such session (404); likewise `AuthenticationError` (401), `RateLimitError` (429,
   *   after retries), `InternalServerError` (5xx, after retries) or another `ApiError`.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the response does not match the `Session` schema.
   *
   * @example
   * ```ts
   * const session = await vapi.sessions.get('3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa');
   * const { data, response } = await vapi.sessions.get(id).withResponse();
   * ```
   */
  get(id: string, options: RequestOptions = {}): ApiPromise<Session> {
    return this.#context.http.call(() => ({ ...options, method: 'GET', path: sessionPath(id), schema: SessionSchema }));
  }

  /**
   * Changes a session (`PATCH /session/{id}`): only `name`, `status`, `expirationSeconds` and `messages` — any
   * other key is refused before sending. Retried like a GET: the same patch applied twice gives the same session.
   *
   * @throws {RequestValidationError} a bad id, a patch breaking a spec limit, or a key Vapi does not let you patch
   *   (rejects; nothing is sent).
   * @throws {NotFoundError} no such session (404); likewise `BadRequestError` (400), `AuthenticationError` (401),
   *   `RateLimitError` (429), `InternalServerError` (5xx) or another `ApiError`.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the response does not match the `Session` schema.
   *
   * @example
   * ```ts
   * const done = await vapi.sessions.update(id, { status: 'completed' });
   * ```
   */
  update(id: string, patch: UpdateSessionParams, options: RequestOptions = {}): ApiPromise<Session> {
    return this.#context.http.call(() => {
      const target = sessionPath(id);
      const json = validateInput(UpdateSessionParamsSchema, patch, 'Vapi session update');
      return { ...options, method: 'PATCH', path: target, json, schema: SessionSchema, idempotent: true };
    });
  }

  /**
   * Deletes a session (`DELETE /session/{id}`) and returns it as it was.
   *
   * @throws {RequestValidationError} the id is empty, `.` or `..`, or not a string (rejects; nothing is sent).
   * @throws {NotFoundError} no such session (404); likewise `AuthenticationError` (401), `RateLimitError` (429),
   *   `InternalServerError` (5xx) or another `ApiError`.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the response does not match the `Session` schema.
   *
   * @example
   * ```ts
   * const deleted = await vapi.sessions.delete(id);
   * ```
   */
  delete(id: string, options: RequestOptions = {}): ApiPromise<Session> {
    return this.#context.http.call(() => ({
      ...options,
      method: 'DELETE',
      path: sessionPath(id),
      schema: SessionSchema,
    }));
  }

  /**
   * Lists sessions (`GET /session`), newest first by default. `limit` is the page size (0 to 1000, Vapi's default
   * 100). Await it for the first `Page`, `.withResponse()` for that page with its response, or iterate it with
   * `for await` for every session across pages (fetched lazily; page numbers, or `nextCursor` when Vapi returns
   * one). Nothing is sent until it is awaited or iterated. `options` are the request options of every page, plus
   * `maxPages`, the most pages one walk fetches.
   *
   * @throws {RequestValidationError} a filter breaks a spec limit or is unknown (rejects the await or the
   *   iteration; nothing is sent).
   * @throws {AuthenticationError} the API key was refused (401); likewise `BadRequestError` (400),
   *   `RateLimitError` (429), `InternalServerError` (5xx) or another `ApiError`, for any page.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted (also between pages).
   * @throws {PaginationError} Vapi sent a cursor already walked (reason `cycle`), or the walk reached
   *   `options.maxPages` (default 10,000; reason `max-pages`): after the items already fetched.
   * @throws {ResponseValidationError} a page is not a `SessionPage` (`results` and `metadata`) or a session in it
   *   has no string `id`; under `validation: 'strict'`, any mismatch. Other drift is delivered and reported
   *   (`page.response.validationIssues`).
   *
   * @example
   * ```ts
   * const page = await vapi.sessions.list({ limit: 20 });
   * for await (const session of vapi.sessions.list({ assistantId, sortOrder: 'ASC' })) console.log(session.id);
   * ```
   */
  list(
    params: ListSessionsParams = {},
    options: ListOptions = {},
  ): PagePromise<Session, SessionPage, SessionListQuery> {
    return new PagePromise(async () =>
      Page.first(
        this.#sessionPages,
        validateInput(ListSessionsParamsSchema, params, 'Vapi session list filters'),
        options,
      ),
    );
  }

  /**
   * Lists the chat turns of a session (`GET /chat?sessionId=…`), newest first by default; paged like `list`
   * (`limit` is the page size).
   *
   * @throws {RequestValidationError} a bad session id, or a filter that breaks a spec limit or is unknown (rejects
   *   the await or the iteration; nothing is sent).
   * @throws {AuthenticationError} the API key was refused (401); likewise `BadRequestError` (400),
   *   `RateLimitError` (429), `InternalServerError` (5xx) or another `ApiError`, for any page.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted (also between pages).
   * @throws {PaginationError} Vapi sent a cursor already walked (reason `cycle`), or the walk reached
   *   `options.maxPages` (default 10,000; reason `max-pages`): after the items already fetched.
   * @throws {ResponseValidationError} a page is not a `ChatPage` (`results` and `metadata`) or a chat in it has no
   *   string `id`; under `validation: 'strict'`, any mismatch. Other drift is delivered and reported
   *   (`page.response.validationIssues`).
   *
   * @example
   * ```ts
   * for await (const chat of vapi.sessions.chats(sessionId, { sortOrder: 'ASC' })) {
   *   console.log(chat.input, chat.output?.map(messageText));
   * }
   * ```
   */
  chats(
    sessionId: string,
    params: ListChatsParams = {},
    options: ListOptions = {},
  ): PagePromise<Chat, ChatPage, ChatListQuery> {
    return new PagePromise(async () => {
      const id = validateInput(PathId, sessionId, 'Vapi session id');
      const query = { ...validateInput(ListChatsParamsSchema, params, 'Vapi chat list filters'), sessionId: id };
      return Page.first(this.#chatPages, query, options);
    });
  }

  /**
   * Sends one turn in a session (`POST /chat` with `sessionId`) and returns the chat with the assistant's
   * `output`. The session fixes the assistant. Like `create`, not retried once it may have reached Vapi.
   *
   * @throws {RequestValidationError} a bad session id, or an input breaking a spec limit or carrying a key Vapi
   *   refuses with a session (`assistantId`, `previousChatId`, `transport`) (rejects; nothing is sent).
   * @throws {BadRequestError} Vapi refused the turn (400, e.g. the session is completed); `NotFoundError` (404)
   *   for an unknown session; likewise `AuthenticationError` (401), `RateLimitError` (429), `InternalServerError`
   *   (5xx) or another `ApiError`.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the response does not match the `Chat` schema.
   *
   * @example
   * ```ts
   * const chat = await vapi.sessions.send(sessionId, 'Where is my order?');
   * const reply = await vapi.sessions.send(sessionId, [{ role: 'user', content: 'And the invoice?' }]);
   * ```
   */
  send(sessionId: string, input: ChatInput | SendMessageParams, options: RequestOptions = {}): ApiPromise<Chat> {
    return this.#context.http.call(() => {
      const id = validateInput(PathId, sessionId, 'Vapi session id');
      const params = validateInput(
        SendMessageParamsSchema,
        typeof input === 'object' && input !== null && !Array.isArray(input) ? input : { input },
        'Vapi chat message',
      );
      return { ...options, method: 'POST', path: '/chat', json: { sessionId: id, ...params }, schema: ChatSchema };
    });
  }

  /**
   * The vendor-neutral summary of a session (core `SessionSummary`). Vapi has no end time: a `completed` session
   * ended at its last update; an `active` one past its `expirationSeconds` (default 24 h) since its last update is
   * reported `ended` at that moment. Sends nothing, and does not validate the session again: it maps it as it is,
   * so a session a lenient read delivered with drift summarises too (a field of the wrong type counts as absent; an
   * unreadable `createdAt` gives an invalid `Date`).
   *
   * @throws {RequestValidationError} `session` is not an object with a string `id` (thrown synchronously).
   *
   * @example
   * ```ts
   * const summary = vapi.sessions.toSummary(await vapi.sessions.get(id));
   * console.log(summary.status, summary.counts.messages);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    return toSessionSummary(session, this.#context.baseUrl, Date.now());
  }

  /**
   * The most recent sessions as summaries, newest first, fetched page by page: at most `maxItems` in all (every
   * session when unset), in pages of `maxItems` (capped at 1000) or 100.
   *
   * @throws {RequestValidationError} `maxItems` is not a whole number ≥ 0 (on the first `next()`; nothing is sent).
   * @throws {AuthenticationError} the API key was refused (401); likewise `RateLimitError` (429),
   *   `InternalServerError` (5xx) or another `ApiError`, for any page.
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} a page does not match the `SessionPage` schema.
   *
   * @example
   * ```ts
   * for await (const summary of vapi.sessions.recentSummaries({ maxItems: 10 })) console.log(summary.id);
   * ```
   */
  async *recentSummaries(options: RecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { maxItems, ...requestOptions } = options ?? {};
    // `summarize` refuses a bad maxItems before the (lazy) list sends anything; a page size then comes from a good one.
    const limit = Math.min(maxItems ?? RECENT_PAGE_SIZE, MAX_PAGE_SIZE);
    const sessions = this.list({ sortBy: 'createdAt', sortOrder: 'DESC', limit }, requestOptions);
    yield* summarize(sessions, (session) => this.toSummary(session), maxItems);
  }

  /**
   * Sends one turn in a session with `stream: true` (`POST /chat`) and returns its reply as it streams: a
   * `ChatStream` of typed events (text deltas with their `path`; unknown events as received), `text()`,
   * `finalChat()` and `abort()`. The request is sent at once (as soon as the streaming chunk, with the SSE parser,
   * has loaded on first use). Until the response headers arrive it is an ordinary call (`timeoutMs` per attempt,
   * `totalTimeoutMs`, retries only where `send` retries); once the first byte arrived it is never retried, and only
   * `idleTimeoutMs` (default 30 s between two chunks), your `signal` and `abort()` end it. `finalChat()` fetches the
   * chat an event names, else the newest of the session's chats whose output is the streamed text.
   *
   * @throws {RequestValidationError} like `send` (on the first read; nothing is sent).
   * @throws {NotFoundError} for an unknown session, and the other `ApiError`s of `send`, before the first byte.
   * @throws {TimeoutError} kind `attempt`/`deadline` before the headers, kind `idle` when the stream went silent.
   * @throws {ConnectionError} the stream was cut; `RequestAbortedError` when your `signal` or `abort()` fired.
   * @throws {StreamEventError} an event's `data` is not JSON (names the event).
   *
   * @example
   * ```ts
   * const stream = vapi.sessions.stream(sessionId, 'Where is my order?');
   * for await (const event of stream) if (event.type === 'delta') process.stdout.write(event.delta);
   * ```
   */
  stream(sessionId: string, input: ChatInput | SendMessageParams, options: StreamOptions = {}): ChatStream {
    return startChatStream(this.#context, this, sessionId, input, options);
  }

  /**
   * Sends one turn in a session to the OpenAI-compatible endpoint with `stream: true` (`POST /chat/responses`) and
   * returns a `ResponseStream` of the spec's `Response*Event`s (`response.output_text.delta`,
   * `response.output_text.done`, `response.completed`, `error`; others as `UnknownStreamEvent`). Timeouts, retries
   * and errors as `stream`.
   *
   * @example
   * ```ts
   * const reply = await vapi.sessions.streamResponse(sessionId, 'Hi').text();
   * ```
   */
  streamResponse(sessionId: string, input: ChatInput | SendMessageParams, options: StreamOptions = {}): ResponseStream {
    return startResponseStream(this.#context, this, sessionId, input, options);
  }
}

function sessionPath(id: string): string {
  return path`/session/${validateInput(PathId, id, 'Vapi session id')}`;
}
