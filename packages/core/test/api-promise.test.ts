import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ApiPromise,
  NotFoundError,
  Page,
  PagePromise,
  type Paginator,
  RequestValidationError,
  type ResponseMeta,
  ResponseValidationError,
} from '../src/index.ts';
import { makeClient, rejectionOf, until, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const Item = z.looseObject({ id: z.string(), n: z.number() });

describe('ApiPromise', () => {
  it('sends at once, before it is awaited, and parses once however often it is awaited', async () => {
    ctx.server.on('GET', '/item', { json: { id: 'a', n: 1 }, headers: { 'x-request-id': 'req-7' } });
    const client = makeClient(ctx.server);
    const promise = client.call({ method: 'GET', path: '/item', schema: Item });
    // Not awaited, and the request reaches the server all the same (polled: a fixed 50 ms sleep was outlasted on a
    // loaded machine, and the request left over then took the next test's injected 503).
    await until(() => ctx.server.calls.length === 1);
    expect(ctx.server.calls).toHaveLength(1);
    expect(await promise).toEqual({ id: 'a', n: 1 });
    const { data, response } = await promise.withResponse();
    expect(data).toBe(await promise);
    expect(response.status).toBe(200);
    expect(response.requestId).toBe('req-7');
    expect(response.attempts).toBe(1);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('counts the attempts a result took, retries included', async () => {
    ctx.server.on('GET', '/item', { json: { id: 'a', n: 1 } });
    ctx.server.inject('GET', '/item', { status: 503, json: { message: 'busy' } });
    const { response } = await makeClient(ctx.server)
      .call({ method: 'GET', path: '/item', schema: Item })
      .withResponse();
    expect(response.attempts).toBe(2);
  });

  it('asResponse() gives the raw response after retries: unread body, nothing validated', async () => {
    ctx.server.on('GET', '/item', { json: { id: 42, unexpected: true } });
    const promise = makeClient(ctx.server).call({ method: 'GET', path: '/item', schema: Item });
    const raw = await promise.asResponse();
    expect(raw.status).toBe(200);
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual({ id: 42, unexpected: true });
    expect(await rejectionOf(promise)).toBeInstanceOf(ResponseValidationError);
  });

  it('asResponse() of a 204 has no body', async () => {
    ctx.server.on('DELETE', '/item', { status: 204 });
    const raw = await makeClient(ctx.server).call({ method: 'DELETE', path: '/item' }).asResponse();
    expect(raw.status).toBe(204);
    expect(raw.body).toBeNull();
  });

  it('rejects await, withResponse and asResponse with the same typed error', async () => {
    ctx.server.on('GET', '/item', { status: 404, json: { message: 'no such item' } });
    const promise = makeClient(ctx.server).call({ method: 'GET', path: '/item', schema: Item });
    const errors = [
      await rejectionOf(promise),
      await rejectionOf(promise.withResponse()),
      await rejectionOf(promise.asResponse()),
    ];
    for (const error of errors) expect(error).toBeInstanceOf(NotFoundError);
    expect(new Set(errors).size).toBe(1);
  });

  it('rejects (never throws) when preparing the request fails, and sends nothing', async () => {
    const client = makeClient(ctx.server);
    const promise = client.call(() => {
      throw new RequestValidationError('bad id', []);
    });
    expect(promise).toBeInstanceOf(ApiPromise);
    expect(await rejectionOf(promise)).toBeInstanceOf(RequestValidationError);
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('map() derives a result and keeps the response it came from', async () => {
    ctx.server.on('GET', '/item', { json: { id: 'a', n: 41 } });
    const mapped = makeClient(ctx.server)
      .call({ method: 'GET', path: '/item', schema: Item })
      .map((item) => item.n + 1);
    const { data, response } = await mapped.withResponse();
    expect(data).toBe(42);
    expect(response.status).toBe(200);
  });

  it('describe() extends the response facts per vendor', async () => {
    ctx.server.on('GET', '/item', { json: { id: 'a', n: 1 }, headers: { 'x-window': '7' } });
    interface WindowedResponse extends ResponseMeta {
      readonly window: number;
    }
    const { response } = await makeClient(ctx.server)
      .call(
        { method: 'GET', path: '/item', schema: Item },
        (meta): WindowedResponse => ({
          ...meta,
          window: Number(meta.headers.get('x-window')),
        }),
      )
      .withResponse();
    expect(response.window).toBe(7);
  });
});

describe('callRaw (the clients’ request() escape hatch)', () => {
  it('validates the response with a Standard Schema and names the bad field', async () => {
    ctx.server.on('GET', '/thing', { json: { id: 7 } });
    const client = makeClient(ctx.server);
    const schema = z.object({ id: z.string() });
    const error = await rejectionOf(client.callRaw({ method: 'GET', path: '/thing', schema }, {}, 'Test request'));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toBe('id');
  });

  it('accepts any Standard Schema, not only zod', async () => {
    ctx.server.on('GET', '/thing', { json: { id: 'x' } });
    const upper = {
      '~standard': {
        version: 1 as const,
        vendor: 'hand-made',
        validate: (value: unknown) => ({ value: String((value as { id: string }).id).toUpperCase() }),
      },
    };
    const result = await makeClient(ctx.server).callRaw({ method: 'GET', path: '/thing', schema: upper }, {}, 'Test');
    expect(result).toBe('X');
  });

  it('returns unchecked JSON without a schema, and refuses a malformed request before sending', async () => {
    ctx.server.on('POST', '/thing', (request) => ({ json: { echoed: request.body } }));
    const client = makeClient(ctx.server);
    expect(await client.callRaw({ method: 'POST', path: '/thing', body: { a: 1 } }, {}, 'Test')).toEqual({
      echoed: { a: 1 },
    });
    const bad = client.callRaw({ method: 'FETCH' as 'GET', path: '' }, {}, 'Test request');
    expect(await rejectionOf(bad)).toBeInstanceOf(RequestValidationError);
    expect(ctx.server.calls).toHaveLength(1);
  });
});

describe('PagePromise.withResponse', () => {
  it('gives the first page with the response it came from', async () => {
    ctx.server.on('GET', '/items', { json: { items: [{ id: 'a', n: 1 }] }, headers: { 'x-request-id': 'page-1' } });
    const client = makeClient(ctx.server);
    const PageSchema = z.object({ items: z.array(Item) });
    const paginator: Paginator<object, z.output<typeof Item>, z.output<typeof PageSchema>> = {
      async fetchPage(_params, options) {
        const { data, meta } = await client.requestWithMeta({
          ...options,
          method: 'GET',
          path: '/items',
          schema: PageSchema,
        });
        return { items: data.items, raw: data, response: meta };
      },
      nextParams: () => undefined,
    };
    const { data: page, response } = await new PagePromise(() => Page.first(paginator, {})).withResponse();
    expect(page.items).toEqual([{ id: 'a', n: 1 }]);
    expect(response.requestId).toBe('page-1');
    expect(page.response).toBe(response);
  });
});
