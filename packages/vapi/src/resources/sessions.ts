import {
  type HttpClient,
  Page,
  PagePromise,
  PathId,
  path,
  type RecentSessionsOptions,
  type RequestOptions,
  type SessionSource,
  type SessionSummary,
  validateInput,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import { vapiPaginator } from '../internal/paginator.ts';
import type { SecretRegistry } from '../internal/secret-registry.ts';
import { toSessionSummary } from '../internal/summary.ts';
import { type CreateSessionParams, CreateSessionParamsSchema } from '../params/create-session.ts';
import { type ChatListQuery, type ListChatsParams, ListChatsParamsSchema } from '../params/list-chats.ts';
import { type ListSessionsParams, ListSessionsParamsSchema, type SessionListQuery } from '../params/list-sessions.ts';
import { type ChatInput, type SendMessageParams, SendMessageParamsSchema } from '../params/send-message.ts';
import { type UpdateSessionParams, UpdateSessionParamsSchema } from '../params/update-session.ts';
import { type Chat, type ChatPage, ChatPageSchema, ChatSchema } from '../schemas/chat.ts';
import { type Session, type SessionPage, SessionPageSchema, SessionSchema } from '../schemas/session.ts';

/**
 * What the sessions resource needs from its client (built by `VapiClient`; rarely used directly).
 *
 * @example
 * ```ts
 * const sessions = new VapiClient({ apiKey }).sessions;
 * ```
 */
export interface SessionsContext {
  readonly http: HttpClient;
  readonly baseUrl: string;
  readonly secrets: SecretRegistry;
}

const RecentLimit = z.optional(z.int().check(z.minimum(0)));

/**
 * Vapi sessions (`/session`) and the chat turns inside them (`/chat?sessionId=…`). Every method validates its input
 * before sending (`RequestValidationError`), checks the response against the spec's schema
 * (`ResponseValidationError`), and throws only `SessionkitError`s. Implements core's `SessionSource`.
 *
 * @example
 * ```ts
 * const session = await vapi.sessions.create({ assistantId, name: 'Order #1042' });
 * const chat = await vapi.sessions.send(session.id, 'Where is my order?');
 * await vapi.sessions.update(session.id, { status: 'completed' });
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  readonly vendor = 'vapi' as const;
  readonly #context: SessionsContext;

  constructor(context: SessionsContext) {
    this.#context = context;
  }

  /**
   * Creates a session (`POST /session`, answered 201). All fields are optional. Not retried after it may have
   * reached Vapi (POST is not idempotent): only on 429 and on connections that never reached the server.
   *
   * @example
   * ```ts
   * const session = await vapi.sessions.create({ assistantId, customer: { number: '+14155550123' } });
   * ```
   */
  async create(body: CreateSessionParams = {}, options: RequestOptions = {}): Promise<Session> {
    const json = validateInput(CreateSessionParamsSchema, body, 'Vapi session create body');
    this.#context.secrets.addPhoneNumberSecrets(json.phoneNumber);
    return this.#context.http.request({ ...options, method: 'POST', path: '/session', json, schema: SessionSchema });
  }

  /**
   * Fetches one session (`GET /session/{id}`). The id is percent-encoded as one path segment.
   *
   * @example
   * ```ts
   * const session = await vapi.sessions.get('3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa');
   * ```
   */
  async get(id: string, options: RequestOptions = {}): Promise<Session> {
    return this.#context.http.request({ ...options, method: 'GET', path: sessionPath(id), schema: SessionSchema });
  }

  /**
   * Changes a session (`PATCH /session/{id}`): only `name`, `status`, `expirationSeconds` and `messages` — any
   * other key is refused before sending. Retried like a GET: the same patch applied twice gives the same session.
   *
   * @example
   * ```ts
   * const done = await vapi.sessions.update(id, { status: 'completed' });
   * ```
   */
  async update(id: string, patch: UpdateSessionParams, options: RequestOptions = {}): Promise<Session> {
    const target = sessionPath(id);
    const json = validateInput(UpdateSessionParamsSchema, patch, 'Vapi session update');
    return this.#context.http.request({
      ...options,
      method: 'PATCH',
      path: target,
      json,
      schema: SessionSchema,
      idempotent: true,
    });
  }

  /**
   * Deletes a session (`DELETE /session/{id}`) and returns it as it was.
   *
   * @example
   * ```ts
   * const deleted = await vapi.sessions.delete(id);
   * ```
   */
  async delete(id: string, options: RequestOptions = {}): Promise<Session> {
    return this.#context.http.request({ ...options, method: 'DELETE', path: sessionPath(id), schema: SessionSchema });
  }

  /**
   * Lists sessions (`GET /session`), newest first by default. Await it for the first `Page`, or iterate it with
   * `for await` for every session across pages (fetched lazily; page numbers, or `nextCursor` when Vapi returns
   * one). Nothing is sent until it is awaited or iterated.
   *
   * @example
   * ```ts
   * const page = await vapi.sessions.list({ limit: 20 });
   * for await (const session of vapi.sessions.list({ assistantId, sortOrder: 'ASC' })) console.log(session.id);
   * ```
   */
  list(
    params: ListSessionsParams = {},
    options: RequestOptions = {},
  ): PagePromise<Session, SessionPage, SessionListQuery> {
    const paginator = vapiPaginator<SessionListQuery, Session, SessionPage>((query, requestOptions) =>
      this.#context.http.request({
        ...requestOptions,
        method: 'GET',
        path: '/session',
        query,
        schema: SessionPageSchema,
      }),
    );
    return new PagePromise(async () =>
      Page.first(paginator, validateInput(ListSessionsParamsSchema, params, 'Vapi session list filters'), options),
    );
  }

  /**
   * Lists the chat turns of a session (`GET /chat?sessionId=…`), newest first by default; paged like `list`.
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
    options: RequestOptions = {},
  ): PagePromise<Chat, ChatPage, ChatListQuery> {
    const paginator = vapiPaginator<ChatListQuery, Chat, ChatPage>((query, requestOptions) =>
      this.#context.http.request({ ...requestOptions, method: 'GET', path: '/chat', query, schema: ChatPageSchema }),
    );
    return new PagePromise(async () => {
      const id = validateInput(PathId, sessionId, 'Vapi session id');
      const query = { ...validateInput(ListChatsParamsSchema, params, 'Vapi chat list filters'), sessionId: id };
      return Page.first(paginator, query, options);
    });
  }

  /**
   * Sends one turn in a session (`POST /chat` with `sessionId`) and returns the chat with the assistant's
   * `output`. The session fixes the assistant. Like `create`, not retried once it may have reached Vapi.
   *
   * @example
   * ```ts
   * const chat = await vapi.sessions.send(sessionId, 'Where is my order?');
   * const reply = await vapi.sessions.send(sessionId, [{ role: 'user', content: 'And the invoice?' }]);
   * ```
   */
  async send(sessionId: string, input: ChatInput | SendMessageParams, options: RequestOptions = {}): Promise<Chat> {
    const id = validateInput(PathId, sessionId, 'Vapi session id');
    const params = validateInput(
      SendMessageParamsSchema,
      typeof input === 'object' && input !== null && !Array.isArray(input) ? input : { input },
      'Vapi chat message',
    );
    return this.#context.http.request({
      ...options,
      method: 'POST',
      path: '/chat',
      json: { sessionId: id, ...params },
      schema: ChatSchema,
    });
  }

  /**
   * The vendor-neutral summary of a session (core `SessionSummary`). Vapi has no end time: a `completed` session
   * ended at its last update; an `active` one past its `expirationSeconds` (default 24 h) since its last update is
   * reported `ended` at that moment.
   *
   * @example
   * ```ts
   * const summary = vapi.sessions.toSummary(await vapi.sessions.get(id));
   * console.log(summary.status, summary.counts.messages);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    const checked = validateInput(SessionSchema, session, 'Vapi session');
    return toSessionSummary(checked, this.#context.baseUrl, Date.now());
  }

  /**
   * The most recent sessions as summaries, newest first, fetched page by page (at most `limit`; all when unset).
   *
   * @example
   * ```ts
   * for await (const summary of vapi.sessions.recentSummaries({ limit: 10 })) console.log(summary.id);
   * ```
   */
  async *recentSummaries(options: RecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { limit, ...requestOptions } = options ?? {};
    const max = validateInput(RecentLimit, limit, 'recent sessions limit');
    if (max === 0) return;
    const pageSize = Math.min(max ?? 100, 1000);
    let count = 0;
    for await (const session of this.list(
      { sortBy: 'createdAt', sortOrder: 'DESC', limit: pageSize },
      requestOptions,
    )) {
      yield this.toSummary(session);
      count += 1;
      if (max !== undefined && count >= max) return;
    }
  }
}

function sessionPath(id: string): string {
  return path`/session/${validateInput(PathId, id, 'Vapi session id')}`;
}
