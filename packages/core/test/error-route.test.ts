import { describe, expect, it } from 'vitest';
import { AuthenticationError, bearerToken, ConflictError, type SessionkitError, tokenProvider } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

/** A vendor that reports failures inside a 200, GraphQL-style: `{ errors: [{ code }] }`. */
function interpretErrors(text: string): SessionkitError | undefined {
  const body = JSON.parse(text) as { errors?: { code: string }[] };
  const code = body.errors?.[0]?.code;
  if (code === undefined) return undefined;
  const init = { vendor: 'Test', status: 200, method: 'POST', url: '/graphql', headers: {}, body, message: code, code };
  return code === 'UNAUTHENTICATED' ? new AuthenticationError(init) : new ConflictError(init);
}

describe('one error route', () => {
  it('an error found in a 200 leaves the call like an HTTP error: onError sees it once, as the caller does', async () => {
    ctx.server.on('POST', '/graphql', { json: { data: null, errors: [{ code: 'CONFLICT' }] } });
    const seen: Error[] = [];
    const client = makeClient(ctx.server, { hooks: { onError: (error) => seen.push(error) } });
    const promise = client.call({
      method: 'POST',
      path: '/graphql',
      json: {},
      idempotent: true,
      interpret: interpretErrors,
    });
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(ConflictError);
    expect(seen).toEqual([error]);
    expect(await rejectionOf(promise.asResponse())).toBe(error);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('an authentication error reported in a 200 refreshes the credentials once and retries, as a 401 does', async () => {
    let issued = 0;
    const auth = tokenProvider(() => {
      issued += 1;
      return `token-${issued}`;
    });
    ctx.server.on('POST', '/graphql', (request) =>
      request.headers.authorization === 'Bearer token-1'
        ? { json: { data: null, errors: [{ code: 'UNAUTHENTICATED' }] } }
        : { json: { data: { ok: true } } },
    );
    const client = makeClient(ctx.server, { auth });
    const result = await client.call({ method: 'POST', path: '/graphql', json: {}, interpret: interpretErrors });
    expect(result).toEqual({ data: { ok: true } });
    expect(ctx.server.calls.map((call) => call.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('an authentication error that persists after the one refresh is raised, not retried again', async () => {
    ctx.server.on('POST', '/graphql', { json: { data: null, errors: [{ code: 'UNAUTHENTICATED' }] } });
    const client = makeClient(ctx.server, { auth: tokenProvider(() => 'token') });
    const error = await rejectionOf(
      client.call({ method: 'POST', path: '/graphql', json: {}, interpret: interpretErrors }),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it("an exception that is not sessionkit's propagates unchanged: a bug stays a bug, and is not retried", async () => {
    ctx.server.on('GET', '/x', { json: {} });
    const bug = new TypeError('vault client is not a function');
    const client = makeClient(ctx.server, {
      auth: tokenProvider(() => {
        throw bug;
      }),
    });
    expect(await rejectionOf(client.call({ method: 'GET', path: '/x' }))).toBe(bug);
    const strategy = bearerToken('key');
    const broken = makeClient(ctx.server, {
      auth: { ...strategy, headers: () => Promise.reject(new RangeError('out of range')) },
    });
    const error = await rejectionOf(broken.call({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(RangeError);
    expect(ctx.server.calls).toHaveLength(0);
  });
});
