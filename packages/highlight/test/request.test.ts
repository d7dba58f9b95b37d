import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ApiPromise,
  HighlightGraphQLError,
  InternalServerError,
  type RequestLogEntry,
  RequestValidationError,
  ResponseValidationError,
  type StandardSchemaV1,
  UnprocessableEntityError,
} from '../src/index.ts';
import { operationOf, operationsOf } from '../src/internal/graphql-operation.ts';
import { graphql, makeClient, rejectionOf, TOKEN, useEmulator, useTestServer } from './helpers.ts';

const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';
const PENDING = 'query Pending($id: String!) { isSessionPending(session_secure_id: $id) }';
const BUSY = { status: 503, json: { errors: [{ message: 'busy' }] } };

describe('client.request(): a raw GraphQL operation on either graph', () => {
  const ctx = useTestServer();

  it('without a schema: sends the document to the private graph with credentials and resolves with data', async () => {
    ctx.server.on('POST', '/private', {
      headers: { 'x-request-id': 'raw-1' },
      ...graphql({ isSessionPending: false }),
    });
    const promise = makeClient(ctx.server.url).request({ graph: 'private', query: PENDING, variables: { id: ID } });
    expect(promise).toBeInstanceOf(ApiPromise);
    expectTypeOf(promise).toEqualTypeOf<ApiPromise<unknown>>();
    const { data, response } = await promise.withResponse();
    expect(data).toEqual({ isSessionPending: false });
    expect(response).toMatchObject({ status: 200, requestId: 'raw-1', attempts: 1 });
    const [call] = ctx.server.calls;
    expect(call?.path).toBe('/private');
    expect(call?.headers.token).toBe(TOKEN);
    expect(call?.body).toEqual({ query: PENDING, variables: { id: ID } });
  });

  it('on the public graph: no credentials, and the operation name is sent when given', async () => {
    ctx.server.on('POST', '/public', graphql({ ignore: null }));
    const hl = makeClient(ctx.server.url);
    const query = 'query A { ignore(id: "1") } query B { ignore(id: "2") }';
    expect(await hl.request({ graph: 'public', query, operationName: 'B' })).toEqual({ ignore: null });
    const [call] = ctx.server.calls;
    expect(call?.path).toBe('/public');
    expect(call?.headers.token).toBeUndefined();
    expect(call?.headers.authorization).toBeUndefined();
    expect(call?.body).toEqual({ query, operationName: 'B' });
  });

  it('with a Standard Schema: data is validated and typed; a mismatch names the field under data', async () => {
    const Pending = z.object({ isSessionPending: z.nullable(z.boolean()) });
    ctx.server.on('POST', '/private', [graphql({ isSessionPending: true }), graphql({ isSessionPending: 'yes' })]);
    const hl = makeClient(ctx.server.url);
    const promise = hl.request({ graph: 'private', query: PENDING, variables: { id: ID }, schema: Pending });
    expectTypeOf(promise).toEqualTypeOf<ApiPromise<{ isSessionPending: boolean | null }>>();
    expect(await promise).toEqual({ isSessionPending: true });
    const error = await rejectionOf(
      hl.request({ graph: 'private', query: PENDING, variables: { id: ID }, schema: Pending }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['data.isSessionPending']);
    ctx.server.reset();
    ctx.server.on('POST', '/private', graphql({ isSessionPending: 'yes' }));
    const unchecked = await hl.request(
      { graph: 'private', query: PENDING, variables: { id: ID }, schema: Pending },
      { validation: 'off' },
    );
    expect(unchecked).toEqual({ isSessionPending: 'yes' });
  });

  it('an asynchronous schema is refused with a ConfigurationError', async () => {
    ctx.server.on('POST', '/private', graphql({ isSessionPending: true }));
    const asyncSchema: StandardSchemaV1<unknown, unknown> = {
      '~standard': { version: 1, vendor: 'test', validate: async (value) => ({ value }) },
    };
    const error = await rejectionOf(
      makeClient(ctx.server.url).request({ graph: 'private', query: PENDING, schema: asyncSchema }),
    );
    expect(error.name).toBe('ConfigurationError');
  });

  it('GraphQL errors become a HighlightGraphQLError named after the operation, secrets redacted', async () => {
    ctx.server.on('POST', '/private', {
      json: { data: { isSessionPending: null }, errors: [{ message: `no ${TOKEN}`, path: ['isSessionPending'] }] },
    });
    const error = await rejectionOf(makeClient(ctx.server.url).request({ graph: 'private', query: PENDING }));
    expect(error).toBeInstanceOf(HighlightGraphQLError);
    const graphQLError = error as HighlightGraphQLError;
    expect(graphQLError.operationName).toBe('Pending');
    expect(graphQLError.data).toEqual({ isSessionPending: null });
    expect([error.message, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n')).not.toContain(TOKEN);
    ctx.server.reset();
    ctx.server.on('POST', '/private', { json: { data: null, errors: [{ message: 'boom' }] } });
    const anonymous = await rejectionOf(makeClient(ctx.server.url).request({ graph: 'private', query: '{ x }' }));
    expect((anonymous as HighlightGraphQLError).operationName).toBe('anonymous operation');
  });

  it('a query is retried; a mutation only when marked idempotent', async () => {
    const hl = makeClient(ctx.server.url);
    ctx.server.on('POST', '/private', graphql({ isSessionPending: false })).inject('POST', '/private', BUSY);
    await hl.request({ graph: 'private', query: PENDING });
    expect(ctx.server.calls).toHaveLength(2);

    ctx.server.reset();
    const mutation =
      'mutation Share($id: String!) { updateSessionIsPublic(session_secure_id: $id, is_public: true) { id } }';
    ctx.server.on('POST', '/private', graphql({ updateSessionIsPublic: { id: '1' } })).inject('POST', '/private', BUSY);
    expect(await rejectionOf(hl.request({ graph: 'private', query: mutation }))).toBeInstanceOf(InternalServerError);
    expect(ctx.server.calls).toHaveLength(1);

    ctx.server.calls.length = 0;
    ctx.server.inject('POST', '/private', BUSY);
    expect(await hl.request({ graph: 'private', query: mutation, idempotent: true })).toEqual({
      updateSessionIsPublic: { id: '1' },
    });
    expect(ctx.server.calls).toHaveLength(2);

    ctx.server.calls.length = 0;
    ctx.server.inject('POST', '/private', BUSY);
    await rejectionOf(hl.request({ graph: 'private', query: PENDING, idempotent: false }));
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('hooks see the raw request, redacted', async () => {
    ctx.server.on('POST', '/private', graphql({ isSessionPending: false }));
    const requests: RequestLogEntry[] = [];
    const hl = makeClient(ctx.server.url, { hooks: { onRequest: (entry) => requests.push(entry) } });
    await hl.request({ graph: 'private', query: PENDING });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(JSON.stringify(requests)).not.toContain(TOKEN);
  });

  it.each([
    ['an unknown graph', { graph: 'secret', query: PENDING }, ['graph']],
    ['an empty query', { graph: 'private', query: '' }, ['query']],
    ['variables that are not an object', { graph: 'private', query: PENDING, variables: [1] }, ['variables']],
    ['a schema that is not a Standard Schema', { graph: 'private', query: PENDING, schema: {} }, ['schema']],
    ['an unknown key', { graph: 'private', query: PENDING, varibles: {} }, ['varibles']],
    ['no request at all', undefined, ['']],
  ])('refuses %s before sending', async (_what, request, paths) => {
    const error = await rejectionOf(makeClient(ctx.server.url).request(request as never));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(paths);
    expect(ctx.server.calls).toHaveLength(0);
  });
});

describe('client.request() against the emulator (the real schema)', () => {
  const ctx = useEmulator({ seed: 2 });

  it('runs any private-graph query, and a document the schema refuses is an UnprocessableEntityError', async () => {
    const hl = makeClient(ctx.emulator.url);
    const id = ctx.emulator.seeded[0]?.secure_id ?? '';
    const data = await hl.request({
      graph: 'private',
      query: 'query One($id: String!) { session(secure_id: $id) { secure_id is_public } }',
      variables: { id },
      schema: z.object({ session: z.object({ secure_id: z.string(), is_public: z.boolean() }) }),
    });
    expect(data.session.secure_id).toBe(id);
    const error = await rejectionOf(
      hl.request({ graph: 'private', query: '{ session(secure_id: "x") { secureId } }' }),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
  });
});

describe('operationsOf: queries are told from mutations without a GraphQL parser', () => {
  it.each([
    ['{ a }', [{ kind: 'query', name: undefined }]],
    ['query { a }', [{ kind: 'query', name: undefined }]],
    ['query Named($x: In = { a: "}" }) @dir(x: 1) { a(b: { c: 1 }) { d } }', [{ kind: 'query', name: 'Named' }]],
    ['mutation M { a }', [{ kind: 'mutation', name: 'M' }]],
    ['subscription S { a }', [{ kind: 'subscription', name: 'S' }]],
    ['# mutation X { a }\nquery Q { a }', [{ kind: 'query', name: 'Q' }]],
    ['query Q { a(s: "mutation M { b }") } """ mutation """', [{ kind: 'query', name: 'Q' }]],
    ['fragment F on Session { id } mutation M { a { ...F } }', [{ kind: 'mutation', name: 'M' }]],
    [
      'query A { a } mutation B { b }',
      [
        { kind: 'query', name: 'A' },
        { kind: 'mutation', name: 'B' },
      ],
    ],
  ])('%s', (document, expected) => {
    expect(operationsOf(document)).toEqual(expected);
  });

  it('picks the named operation, or the only one', () => {
    expect(operationOf('query A { a } mutation B { b }', 'B')?.kind).toBe('mutation');
    expect(operationOf('query A { a } mutation B { b }', undefined)).toBeUndefined();
    expect(operationOf('query A { a }', 'C')).toBeUndefined();
    expect(operationOf('mutation { a }', undefined)?.kind).toBe('mutation');
  });
});
