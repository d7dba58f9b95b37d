import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import type { Handler, PlainReply, RecordedRequest } from '../server/index.ts';
import type { ResolverContext } from './resolvers.ts';
import type { HighlightStore } from './store.ts';
import type { Caller } from './types.ts';

/** Decides who is calling, or answers for the middleware (401, 403 `MIGRATION_BLOCKED`). */
export type Authenticate = (request: RecordedRequest) => Caller | PlainReply;

/**
 * A GraphQL endpoint the way gqlgen serves one: POST `{ query, variables, operationName }`; a document that does
 * not parse or validate, or variables that do not coerce, answer 422 with `errors` and no data; resolver errors
 * answer 200 with `errors` next to the partial `data`.
 */
export function graphqlHandler(schema: GraphQLSchema, store: HighlightStore, authenticate: Authenticate): Handler {
  return async (request) => {
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || typeof body.query !== 'string') {
      return { status: 400, json: { errors: [{ message: 'json request body could not be decoded: no query' }] } };
    }
    const caller = authenticate(request);
    if (!('kind' in caller)) return caller;
    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (error) {
      return unprocessable([error as GraphQLError], 'GRAPHQL_PARSE_FAILED');
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return unprocessable(invalid, 'GRAPHQL_VALIDATION_FAILED');
    const contextValue: ResolverContext = {
      store,
      caller,
      userAgent: String(request.headers['user-agent'] ?? ''),
      language: String(request.headers['accept-language'] ?? ''),
      ip: clientIp(request),
    };
    const result = await execute({
      schema,
      document,
      contextValue,
      variableValues: (body.variables ?? {}) as Record<string, unknown>,
      operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    });
    // Variables that do not coerce to their types fail the request before execution: no `data` at all.
    if (!('data' in result) || result.data === undefined) {
      return unprocessable(result.errors ?? [], 'GRAPHQL_VALIDATION_FAILED');
    }
    return { json: result };
  };
}

function unprocessable(errors: readonly GraphQLError[], code: string): PlainReply {
  return {
    status: 422,
    json: { errors: errors.map((error) => ({ ...error.toJSON(), extensions: { code } })), data: null },
  };
}

/** The caller's address as Highlight reads it: `X-Real-Ip`, `X-Client-IP`, the first `X-Forwarded-For`. */
function clientIp(request: RecordedRequest): string {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return (
    header('x-real-ip') ?? header('x-client-ip') ?? header('x-forwarded-for')?.split(',')[0]?.trim() ?? '127.0.0.1'
  );
}
