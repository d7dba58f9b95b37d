import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  ApiPromise,
  NotFoundError,
  PagePromise,
  RequestValidationError,
  ResponseValidationError,
  type StandardSchemaV1,
} from '../src/index.ts';
import { makeClient, pageJson, rejectionOf, sessionJson, useEmulator, useTestServer } from './helpers.ts';

describe('single-result methods return an ApiPromise (against the emulator)', () => {
  const ctx = useEmulator({ seed: 2 });

  it('create, get, update, send and delete: .withResponse() gives the data and the response facts', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const created = vapi.sessions.create({ name: 'With response' });
    expect(created).toBeInstanceOf(ApiPromise);
    const { data: session, response: createdResponse } = await created.withResponse();
    expect(session.name).toBe('With response');
    expect(createdResponse.status).toBe(201);
    expect(createdResponse.attempts).toBe(1);
    expect(createdResponse.headers.get('content-type')).toContain('application/json');

    const read = await vapi.sessions.get(session.id).withResponse();
    expect(read.data).toEqual(session);
    expect(read.response.status).toBe(200);

    const updated = await vapi.sessions.update(session.id, { name: 'Renamed' }).withResponse();
    expect(updated.data.name).toBe('Renamed');
    expect(updated.response.status).toBe(200);

    const chat = await vapi.sessions.send(session.id, 'Hello').withResponse();
    expect(chat.data.sessionId).toBe(session.id);
    expect(chat.response.status).toBe(200);

    const deleted = await vapi.sessions.delete(session.id).withResponse();
    expect(deleted.data.id).toBe(session.id);
    expect(deleted.response.status).toBe(200);
  });

  it('await and .withResponse() on the same promise share one request', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const id = ctx.emulator.seeded[0]?.id as string;
    const pending = vapi.sessions.get(id);
    const [data, withResponse] = await Promise.all([pending, pending.withResponse()]);
    expect(withResponse.data).toBe(data);
    expect(ctx.emulator.server.calls).toHaveLength(1);
  });

  it('sends at once, when the method is called, without being awaited', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const pending = vapi.sessions.get(ctx.emulator.seeded[0]?.id as string);
    await vi.waitFor(() => expect(ctx.emulator.server.calls).toHaveLength(1));
    expect((await pending).id).toBe(ctx.emulator.seeded[0]?.id);
  });

  it('.asResponse() on a read is the raw Response after retries: body unread, nothing parsed', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const id = ctx.emulator.seeded[0]?.id as string;
    const raw = await vapi.sessions.get(id).asResponse();
    expect(raw).toBeInstanceOf(Response);
    expect(raw.status).toBe(200);
    expect(raw.bodyUsed).toBe(false);
    expect((await raw.json()) as unknown).toMatchObject({ id });
  });

  it('.asResponse() still rejects with the typed error on an error status', async () => {
    const error = await rejectionOf(makeClient(ctx.emulator.url).sessions.get('no-such-session').asResponse());
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('invalid input rejects the promise (all three ways), never throws synchronously, and sends nothing', async () => {
    const vapi = makeClient(ctx.emulator.url);
    let pending: ApiPromise<unknown> | undefined;
    expect(() => {
      pending = vapi.sessions.update('', { name: 'x'.repeat(41) });
    }).not.toThrow();
    expect(await rejectionOf(pending as ApiPromise<unknown>)).toBeInstanceOf(RequestValidationError);
    expect(await rejectionOf(vapi.sessions.get('').withResponse())).toBeInstanceOf(RequestValidationError);
    expect(await rejectionOf(vapi.sessions.send('s', 42 as never).asResponse())).toBeInstanceOf(RequestValidationError);
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('lists stay lazy PagePromises; .withResponse() gives the first page with its response', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const pending = vapi.sessions.list({ limit: 1 });
    expect(pending).toBeInstanceOf(PagePromise);
    expect(ctx.emulator.server.calls).toHaveLength(0);
    const { data: page, response } = await pending.withResponse();
    expect(page.items).toHaveLength(1);
    expect(page.response).toBe(response);
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(1);
    const next = await page.nextPage();
    expect(next?.response?.status).toBe(200);

    const session = ctx.emulator.seeded[0]?.id as string;
    await vapi.sessions.send(session, 'one');
    const chats = await vapi.sessions.chats(session, { limit: 1 }).withResponse();
    expect(chats.data.items).toHaveLength(1);
    expect(chats.response.status).toBe(200);
  });
});

describe('response facts and the raw request (against a test server)', () => {
  const ctx = useTestServer();
  const ID = '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa';

  it('.withResponse() carries the request id from x-request-id, and the attempts after a retry', async () => {
    ctx.server.on('GET', '/session/:id', [
      { status: 503, json: { message: 'busy', error: 'Service Unavailable', statusCode: 503 } },
      { json: sessionJson(), headers: { 'x-request-id': 'req-123' } },
    ]);
    const { data, response } = await makeClient(ctx.server.url).sessions.get(ID).withResponse();
    expect(data.id).toBe(ID);
    expect(response.requestId).toBe('req-123');
    expect(response.attempts).toBe(2);
    expect(response.headers.get('x-request-id')).toBe('req-123');
  });

  it('the first list page carries the request id too', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([sessionJson()]), headers: { 'cf-ray': 'ray-9' } });
    const { response } = await makeClient(ctx.server.url).sessions.list().withResponse();
    expect(response.requestId).toBe('ray-9');
  });

  it('request() without a schema returns the parsed JSON unchecked, with the API key and query', async () => {
    ctx.server.on('GET', '/assistant', { json: [{ id: 'a1', name: 'Support' }] });
    const vapi = makeClient(ctx.server.url);
    const pending = vapi.request({ method: 'GET', path: '/assistant', query: { limit: 10 } });
    expect(pending).toBeInstanceOf(ApiPromise);
    const { data, response } = await pending.withResponse();
    expect(data).toEqual([{ id: 'a1', name: 'Support' }]);
    expect(response.status).toBe(200);
    const [call] = ctx.server.calls;
    expect(call?.headers.authorization).toMatch(/^Bearer /);
    expect(call?.query.get('limit')).toBe('10');
  });

  it('request() with a zod schema validates and types the result', async () => {
    ctx.server.on('POST', '/assistant', { status: 201, json: { id: 'a2', name: 'Sales', extra: true } });
    const Assistant = z.looseObject({ id: z.string(), name: z.string() });
    const vapi = makeClient(ctx.server.url);
    const assistant = await vapi.request({
      method: 'POST',
      path: '/assistant',
      body: { name: 'Sales' },
      schema: Assistant,
    });
    const name: string = assistant.name;
    expect(name).toBe('Sales');
    expect(ctx.server.calls[0]?.body).toEqual({ name: 'Sales' });

    ctx.server.on('GET', '/assistant/:id', { json: { id: 7 } });
    const error = await rejectionOf(vapi.request({ method: 'GET', path: '/assistant/x', schema: Assistant }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['id', 'name']);
  });

  it('request() with any other Standard Schema validates with it', async () => {
    ctx.server.on('GET', '/phone-number', { json: { count: 3 } });
    const counted: StandardSchemaV1<unknown, number> = {
      '~standard': {
        version: 1,
        vendor: 'hand-written',
        validate: (value) =>
          typeof (value as { count?: unknown }).count === 'number'
            ? { value: (value as { count: number }).count }
            : { issues: [{ message: 'Expected a count', path: ['count'] }] },
      },
    };
    const count: number = await makeClient(ctx.server.url).request({
      method: 'GET',
      path: '/phone-number',
      schema: counted,
    });
    expect(count).toBe(3);
  });

  it('request() refuses a bad method or an empty path by rejecting, before sending', async () => {
    const vapi = makeClient(ctx.server.url);
    let pending: PromiseLike<unknown> | undefined;
    expect(() => {
      pending = vapi.request({ method: 'TRACE' as never, path: '/x' });
    }).not.toThrow();
    expect(await rejectionOf(pending as PromiseLike<unknown>)).toBeInstanceOf(RequestValidationError);
    expect(await rejectionOf(vapi.request({ method: 'GET', path: '' }))).toBeInstanceOf(RequestValidationError);
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('request() maps error statuses like any other call', async () => {
    ctx.server.on('GET', '/assistant/:id', { status: 404, json: { message: 'Not found', error: 'Not Found' } });
    const error = await rejectionOf(makeClient(ctx.server.url).request({ method: 'GET', path: '/assistant/x' }));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});
