import { randomUUID } from 'node:crypto';
import { anyOf, contains, dateFilters, equals, sortItems } from './filters.ts';
import type { EmulatedChat, EmulatedSession, Json } from './types.ts';

/** A request the emulator refuses, answered with Vapi's error body. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly messages: string | string[];

  constructor(status: number, messages: string | string[]) {
    super(Array.isArray(messages) ? messages.join('; ') : messages);
    this.status = status;
    this.messages = messages;
  }
}

export const DEFAULT_EXPIRATION_SECONDS = 86_400;
const MODEL = { provider: 'openai', model: 'gpt-4o-mini' };

/** The emulator's state: sessions and chats of one org, newest last. */
export class VapiStore {
  readonly orgId: string;
  readonly sessions = new Map<string, EmulatedSession>();
  readonly chats = new Map<string, EmulatedChat>();
  readonly #clock: () => Date;
  #lastTime = 0;

  constructor(orgId: string, clock: () => Date) {
    this.orgId = orgId;
    this.#clock = clock;
  }

  /** The current time as an ISO string; strictly increasing, so creation order is also time order. */
  now(): string {
    const time = Math.max(this.#clock().getTime(), this.#lastTime + 1);
    this.#lastTime = time;
    return new Date(time).toISOString();
  }

  /** Stores a session as given (used by seeding). */
  insertSession(session: EmulatedSession): EmulatedSession {
    this.sessions.set(session.id, session);
    this.#lastTime = Math.max(this.#lastTime, Date.parse(session.updatedAt));
    return session;
  }

  /** Stores a chat as given (used by seeding). */
  insertChat(chat: EmulatedChat): EmulatedChat {
    this.chats.set(chat.id, chat);
    this.#lastTime = Math.max(this.#lastTime, Date.parse(chat.updatedAt));
    return chat;
  }

  createSession(body: Json): EmulatedSession {
    const now = this.now();
    const session: EmulatedSession = {
      ...body,
      id: randomUUID(),
      orgId: this.orgId,
      createdAt: now,
      updatedAt: now,
      cost: 0,
      costs: [],
      status: (body.status as EmulatedSession['status'] | undefined) ?? 'active',
      expirationSeconds: (body.expirationSeconds as number | undefined) ?? DEFAULT_EXPIRATION_SECONDS,
      messages: (body.messages as Json[] | undefined) ?? [],
    };
    if (session.status === 'completed') session.artifact = artifactOf(session);
    return this.insertSession(session);
  }

  getSession(id: string): EmulatedSession {
    const session = this.sessions.get(id);
    if (!session) throw new HttpProblem(404, 'Session not found');
    return session;
  }

  updateSession(id: string, patch: Json): EmulatedSession {
    const session = this.getSession(id);
    Object.assign(session, patch, { updatedAt: this.now() });
    if (session.status === 'completed') session.artifact = artifactOf(session);
    return session;
  }

  deleteSession(id: string): EmulatedSession {
    const session = this.getSession(id);
    this.sessions.delete(id);
    for (const chat of this.chats.values()) if (chat.sessionId === id) this.chats.delete(chat.id);
    return session;
  }

  listSessions(query: Json): EmulatedSession[] {
    const predicates = [
      ...dateFilters(query),
      ...equals(query, 'id'),
      ...anyOf(query, 'idAny', (s) => s.id),
      ...equals(query, 'name'),
      ...equals(query, 'assistantId'),
      ...anyOf(query, 'assistantIdAny', (s) => s.assistantId),
      ...equals(query, 'squadId'),
      ...equals(query, 'workflowId'),
      ...equals(query, 'phoneNumberId'),
      ...anyOf(query, 'phoneNumberIdAny', (s) => s.phoneNumberId),
      ...anyOf(query, 'customerNumberAny', (s) => customerOf(s).number),
      ...equals(query, 'number', (s) => customerOf(s).number),
      ...equals(query, 'email', (s) => customerOf(s).email),
      ...equals(query, 'externalId', (s) => customerOf(s).externalId),
      ...equals(query, 'sipUri', (s) => customerOf(s).sipUri),
      ...equals(query, 'extension', (s) => customerOf(s).extension),
      ...contains(query, 'assistantOverrides', (s) => customerOf(s).assistantOverrides),
      ...contains(query, 'squadOverrides', (s) => customerOf(s).squadOverrides),
    ];
    const matching = [...this.sessions.values()].filter((session) => predicates.every((test) => test(session)));
    return sortItems(matching, query.sortBy, sortOrderOf(query));
  }

  /**
   * Runs one chat turn. With `sessionId` the turn joins the session: the session's messages are the context, the
   * input and the reply are appended to it, and its cost grows.
   */
  createChat(body: Json): EmulatedChat {
    return this.draftChat(body).commit();
  }

  /**
   * Checks and builds a chat turn without storing it: `commit()` stores it and adds its turns to the session, as
   * `createChat` does at once. A streamed turn commits when its stream ends.
   */
  draftChat(body: Json): { readonly chat: EmulatedChat; commit(): EmulatedChat } {
    const { sessionId, assistantId, previousChatId, transport, input } = body;
    if (sessionId !== undefined && previousChatId !== undefined) {
      throw new HttpProblem(400, 'sessionId and previousChatId are mutually exclusive');
    }
    if (sessionId !== undefined && assistantId !== undefined) {
      throw new HttpProblem(
        400,
        'Cannot specify assistantId when using sessionId. Sessions are tied to one assistant.',
      );
    }
    if (sessionId !== undefined && transport !== undefined) {
      throw new HttpProblem(400, 'Cannot specify both sessionId and transport');
    }
    const session = typeof sessionId === 'string' ? this.getSession(sessionId) : undefined;
    const previous = typeof previousChatId === 'string' ? this.chats.get(previousChatId) : undefined;
    if (previousChatId !== undefined && !previous) throw new HttpProblem(404, 'Chat not found');
    if (
      !session &&
      !previous &&
      assistantId === undefined &&
      body.assistant === undefined &&
      body.squadId === undefined &&
      body.squad === undefined
    ) {
      throw new HttpProblem(
        400,
        'Requires at least one of: assistantId/assistant, squadId/squad, sessionId, or previousChatId',
      );
    }
    if (session?.status === 'completed') throw new HttpProblem(400, 'Session is completed');

    const inputMessages: Json[] = typeof input === 'string' ? [{ role: 'user', content: input }] : (input as Json[]);
    const context = session ? session.messages : previous ? [...previous.messages, ...previous.output] : [];
    const output: Json[] = [{ role: 'assistant', content: replyTo(inputMessages) }];
    const promptTokens = 12 * (context.length + inputMessages.length) + 40;
    const completionTokens = 24;
    const modelCost = {
      type: 'model',
      model: MODEL,
      promptTokens,
      completionTokens,
      cost: round((promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000),
    };
    const now = this.now();
    const chat: EmulatedChat = {
      ...body,
      id: randomUUID(),
      orgId: this.orgId,
      createdAt: now,
      updatedAt: now,
      input: input as EmulatedChat['input'],
      messages: [...context, ...inputMessages],
      output,
      costs: [modelCost],
      cost: modelCost.cost,
    };
    if (session) chat.assistantId ??= session.assistantId;
    const commit = (): EmulatedChat => {
      if (session) {
        session.messages = [...session.messages, ...inputMessages, ...output];
        session.costs = [...session.costs, modelCost];
        session.cost = round(session.cost + modelCost.cost);
        session.updatedAt = this.now();
      }
      return this.insertChat(chat);
    };
    return { chat, commit };
  }

  /** Deletes a chat and returns it; the turns it added to its session stay there, as in Vapi. */
  deleteChat(id: string): EmulatedChat {
    const chat = this.getChat(id);
    this.chats.delete(id);
    return chat;
  }

  getChat(id: string): EmulatedChat {
    const chat = this.chats.get(id);
    if (!chat) throw new HttpProblem(404, 'Chat not found');
    return chat;
  }

  listChats(query: Json): EmulatedChat[] {
    const predicates = [
      ...dateFilters(query),
      ...equals(query, 'id'),
      ...anyOf(query, 'idAny', (c) => c.id),
      ...equals(query, 'assistantId'),
      ...anyOf(query, 'assistantIdAny', (c) => c.assistantId),
      ...equals(query, 'squadId'),
      ...equals(query, 'sessionId'),
      ...equals(query, 'previousChatId'),
    ];
    const matching = [...this.chats.values()].filter((chat) => predicates.every((test) => test(chat)));
    return sortItems(matching, query.sortBy, sortOrderOf(query));
  }

  clear(): void {
    this.sessions.clear();
    this.chats.clear();
  }
}

export function sortOrderOf(query: Json): 'ASC' | 'DESC' {
  return query.sortOrder === 'ASC' ? 'ASC' : 'DESC';
}

function customerOf(session: Json): Json {
  return (session.customer as Json | undefined) ?? {};
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function textOf(message: Json): string {
  if (typeof message.content === 'string') return message.content;
  if (typeof message.message === 'string') return message.message;
  return '';
}

/** The emulated assistant's answer: deterministic, so tests and the demo can rely on it. */
function replyTo(input: readonly Json[]): string {
  const lastUser = [...input].reverse().find((message) => message.role === 'user');
  const text = lastUser ? textOf(lastUser).trim() : '';
  return text ? `You said: "${text.slice(0, 200)}". How else can I help?` : 'How can I help you today?';
}

/** What Vapi attaches once a session is completed: the transcript and the messages in OpenAI format. */
export function artifactOf(session: EmulatedSession): Json {
  const spoken = session.messages.filter((message) => message.role !== 'system');
  return {
    transcript: spoken
      .map((message) => `${message.role === 'assistant' ? 'AI' : 'User'}: ${textOf(message)}`)
      .join('\n'),
    messagesOpenAIFormatted: session.messages
      .filter((message) => ['assistant', 'user', 'system', 'tool'].includes(String(message.role)))
      .map((message) => ({ role: message.role, content: textOf(message) })),
  };
}
