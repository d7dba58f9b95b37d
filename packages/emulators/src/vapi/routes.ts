import type { Handler, PlainReply, RecordedRequest, StreamReply, TestServer } from '../server/index.ts';
import { type Dto, validateDto } from './dto.ts';
import {
  CREATE_CHAT,
  CREATE_SESSION,
  LIST_CHATS_QUERY,
  LIST_SESSIONS_QUERY,
  messageProblems,
  UPDATE_SESSION,
} from './dtos.ts';
import type { VapiKeys } from './keys.ts';
import { INVALID_KEY, nestError } from './nest-errors.ts';
import { decodeCursor, paginate } from './pagination.ts';
import { readQuery } from './query.ts';
import { HttpProblem, sortOrderOf, type VapiStore } from './store.ts';
import { chatStream, responsesStream, type StreamSettings } from './streaming.ts';
import type { EmulatedChat, Json } from './types.ts';

export interface RouteOptions {
  /** The keys accepted. */
  readonly keys: VapiKeys;
  /** Return `metadata.nextCursor` while more pages exist. */
  readonly cursors: boolean;
  /** Called after each change made through the API (`session.created`, `chat.deleted`…) with what changed. */
  readonly notify?: (type: string, payload: unknown) => void;
  /** How turns with `stream: true` are streamed. */
  readonly streaming: StreamSettings;
}

/** Registers the five session routes and the chat routes (list, create, get, delete, OpenAI-style responses) on `server`. */
export function registerRoutes(server: TestServer, store: VapiStore, options: RouteOptions): void {
  const route = (handler: (request: RecordedRequest) => unknown, status = 200, event?: string): Handler => {
    return (request) => {
      if (!options.keys.accepts(header(request, 'authorization'))) return INVALID_KEY;
      if (request.rawBody.trim().length > 0 && request.body === undefined) {
        return nestError(400, 'Unexpected token in JSON body');
      }
      try {
        const result = handler(request);
        if (isStreamReply(result)) return result;
        if (event !== undefined) options.notify?.(event, result);
        return { status, json: result } satisfies PlainReply;
      } catch (error) {
        if (error instanceof HttpProblem) return nestError(error.status, error.messages);
        throw error;
      }
    };
  };

  server.on(
    'POST',
    '/session',
    route((request) => store.createSession(checkBody(request.body ?? {}, CREATE_SESSION)), 201, 'session.created'),
  );
  server.on(
    'GET',
    '/session',
    route((request) => {
      const query = checkQuery(request.query, LIST_SESSIONS_QUERY);
      return paginate(store.listSessions(query), pageRequest(query), options);
    }),
  );
  server.on(
    'GET',
    '/session/:id',
    route((request) => store.getSession(request.params.id as string)),
  );
  server.on(
    'PATCH',
    '/session/:id',
    route(
      (request) => store.updateSession(request.params.id as string, checkBody(request.body ?? {}, UPDATE_SESSION)),
      200,
      'session.updated',
    ),
  );
  server.on(
    'DELETE',
    '/session/:id',
    route((request) => store.deleteSession(request.params.id as string), 200, 'session.deleted'),
  );
  server.on(
    'POST',
    '/chat',
    route(
      (request) => {
        const body = checkChat(request.body);
        // A streamed turn's chat is stored when its stream ends; webhooks announce only chats stored at once.
        return body.stream === true ? chatStream(store.draftChat(body), options.streaming) : store.createChat(body);
      },
      200,
      'chat.created',
    ),
  );
  server.on(
    'GET',
    '/chat',
    route((request) => {
      const query = checkQuery(request.query, LIST_CHATS_QUERY);
      return paginate(store.listChats(query), pageRequest(query), options);
    }),
  );
  server.on(
    'GET',
    '/chat/:id',
    route((request) => store.getChat(request.params.id as string)),
  );
  server.on(
    'DELETE',
    '/chat/:id',
    route((request) => store.deleteChat(request.params.id as string), 200, 'chat.deleted'),
  );
  server.on(
    'POST',
    '/chat/responses',
    route((request) => {
      const body = checkChat(request.body);
      if (body.stream === true) return responsesStream(store.draftChat(body), options.streaming, responseOf);
      const chat = store.createChat(body);
      options.notify?.('chat.created', chat);
      return responseOf(chat);
    }),
  );
}

/**
 * What Vapi answers for a route it does not have, once the key is accepted: NestJS's 404 for any unknown path or
 * method, `Cannot GET /nowhere`.
 */
export function notFoundHandler(options: RouteOptions): Handler {
  return (request) => {
    if (!options.keys.accepts(header(request, 'authorization'))) return INVALID_KEY;
    const search = request.query.toString();
    return nestError(404, `Cannot ${request.method} ${request.rawPath}${search ? `?${search}` : ''}`);
  };
}

/** A chat turn in the OpenAI Responses format of `POST /chat/responses` (`ResponseObject`); its id is the chat's. */
function responseOf(chat: EmulatedChat): Json {
  const text = chat.output.map((message) => (typeof message.content === 'string' ? message.content : '')).join('');
  return {
    id: chat.id,
    object: 'response',
    created_at: Math.floor(Date.parse(chat.createdAt) / 1000),
    status: 'completed',
    output: [
      {
        id: `msg_${chat.id.replaceAll('-', '')}`,
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
  };
}

function isStreamReply(value: unknown): value is StreamReply {
  return typeof value === 'object' && value !== null && typeof (value as StreamReply).stream === 'function';
}

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function checkBody(body: unknown, dto: Dto): Json {
  const problems = validateDto(body, dto);
  problems.push(...messageProblems((body as Json | undefined)?.messages, 'messages'));
  if (problems.length > 0) throw new HttpProblem(400, problems);
  return body as Json;
}

function checkChat(body: unknown): Json {
  const checked = checkBody(body ?? {}, CREATE_CHAT);
  const { input } = checked;
  if (typeof input !== 'string' && !Array.isArray(input)) {
    throw new HttpProblem(400, ['input must be a string or an array of messages']);
  }
  const problems = messageProblems(input, 'input');
  if (problems.length > 0) throw new HttpProblem(400, problems);
  return checked;
}

function checkQuery(search: URLSearchParams, dto: Dto): Json {
  const query = readQuery(search, dto);
  const problems = validateDto(query, dto);
  if (typeof query.cursor === 'string' && decodeCursor(query.cursor) === undefined) {
    problems.push('cursor must be a cursor returned in metadata.nextCursor');
  }
  if (problems.length > 0) throw new HttpProblem(400, problems);
  return query;
}

function pageRequest(query: Json) {
  return {
    page: query.page as number | undefined,
    limit: query.limit as number | undefined,
    cursor: query.cursor as string | undefined,
    sortOrder: sortOrderOf(query),
    createdAtGe: query.createdAtGe as string | undefined,
    createdAtLe: query.createdAtLe as string | undefined,
  };
}
