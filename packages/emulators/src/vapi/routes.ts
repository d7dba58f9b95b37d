import type { Handler, PlainReply, RecordedRequest, TestServer } from '../server/index.ts';
import { type Dto, validateDto } from './dto.ts';
import {
  CREATE_CHAT,
  CREATE_SESSION,
  LIST_CHATS_QUERY,
  LIST_SESSIONS_QUERY,
  messageProblems,
  UPDATE_SESSION,
} from './dtos.ts';
import { INVALID_KEY, nestError } from './nest-errors.ts';
import { decodeCursor, paginate } from './pagination.ts';
import { readQuery } from './query.ts';
import { HttpProblem, sortOrderOf, type VapiStore } from './store.ts';
import type { Json } from './types.ts';

export interface RouteOptions {
  /** Only this key is accepted; any non-empty bearer token when undefined. */
  readonly apiKey: string | undefined;
  /** Return `metadata.nextCursor` while more pages exist. */
  readonly cursors: boolean;
}

/** Registers the five session routes and the chat list/create routes on `server`. */
export function registerRoutes(server: TestServer, store: VapiStore, options: RouteOptions): void {
  const route = (handler: (request: RecordedRequest) => unknown, status = 200): Handler => {
    return (request) => {
      const token = /^Bearer (.+)$/i.exec(String(request.headers.authorization ?? ''))?.[1]?.trim();
      if (!token || (options.apiKey !== undefined && token !== options.apiKey)) return INVALID_KEY;
      if (request.rawBody.trim().length > 0 && request.body === undefined) {
        return nestError(400, 'Unexpected token in JSON body');
      }
      try {
        return { status, json: handler(request) } satisfies PlainReply;
      } catch (error) {
        if (error instanceof HttpProblem) return nestError(error.status, error.messages);
        throw error;
      }
    };
  };

  server.on(
    'POST',
    '/session',
    route((request) => store.createSession(checkBody(request.body ?? {}, CREATE_SESSION)), 201),
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
    route((request) => store.updateSession(request.params.id as string, checkBody(request.body ?? {}, UPDATE_SESSION))),
  );
  server.on(
    'DELETE',
    '/session/:id',
    route((request) => store.deleteSession(request.params.id as string)),
  );
  server.on(
    'POST',
    '/chat',
    route((request) => store.createChat(checkChat(request.body))),
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
    route((request) => {
      const chat = store.chats.get(request.params.id as string);
      if (!chat) throw new HttpProblem(404, 'Chat not found');
      return chat;
    }),
  );
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
