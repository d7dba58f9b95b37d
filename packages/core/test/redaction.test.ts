import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bearerToken, clientCredentials, type HttpHooks } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const API_KEY = 'sk-live-0123456789abcdef';
const CLIENT_SECRET = 'oauth-secret-9876543210';
const ISSUED_TOKEN = 'issued-access-token-abcdef';

function recordingHooks(lines: string[]): HttpHooks {
  const log = (entry: unknown) => lines.push(JSON.stringify(entry));
  return {
    onRequest: log,
    onResponse: log,
    onRetry: (entry) => lines.push(inspect(entry)),
    onError: (error) => lines.push(inspect(error)),
  };
}

function expectNoSecret(error: Error, lines: string[], secrets: string[]): void {
  const surfaces = [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error.stack), ...lines];
  for (const secret of secrets) {
    for (const surface of surfaces) expect(surface).not.toContain(secret);
  }
}

describe('redaction', () => {
  it('keeps an API key out of errors and logs, even when the server echoes it', async () => {
    ctx.server.on('GET', '/echo', (request) => ({
      status: 400,
      headers: { 'x-echo': String(request.headers.authorization) },
      json: { message: `bad key ${request.headers.authorization}`, seen: { key: API_KEY } },
    }));
    const lines: string[] = [];
    const client = makeClient(ctx.server, { auth: bearerToken(API_KEY), hooks: recordingHooks(lines) });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/echo', query: { api_key: API_KEY } }));
    expect(lines.length).toBeGreaterThan(0);
    expectNoSecret(error, lines, [API_KEY]);
    expect(error.message).toContain('[REDACTED]');
  });

  it('keeps client secrets and issued tokens out of errors and logs', async () => {
    ctx.server.on('POST', '/oauth/token', { json: { access_token: ISSUED_TOKEN, expires_in: 3600 } });
    ctx.server.on('GET', '/fail', (request) => ({
      status: 503,
      json: { message: `rejected ${request.headers.authorization}` },
    }));
    const lines: string[] = [];
    const client = makeClient(ctx.server, {
      auth: clientCredentials({
        tokenUrl: `${ctx.server.url}/oauth/token`,
        clientId: 'id',
        clientSecret: CLIENT_SECRET,
      }),
      hooks: recordingHooks(lines),
    });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/fail' }));
    expect(lines.some((line) => line.includes('"authorization":"[REDACTED]"'))).toBe(true);
    expectNoSecret(error, lines, [CLIENT_SECRET, ISSUED_TOKEN, Buffer.from(`id:${CLIENT_SECRET}`).toString('base64')]);
  });

  it('keeps an API key echoed in a request-id header out of the error and the hooks', async () => {
    ctx.server.on('GET', '/echo', { status: 404, headers: { 'x-request-id': `id-${API_KEY}` }, json: {} });
    const lines: string[] = [];
    const client = makeClient(ctx.server, { auth: bearerToken(API_KEY), hooks: recordingHooks(lines) });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/echo' }));
    expect((error as { requestId?: string }).requestId).toBe('id-[REDACTED]');
    expectNoSecret(error, lines, [API_KEY]);
  });

  it('keeps secrets out of a response validation error body', async () => {
    ctx.server.on('GET', '/bad', { json: `not an object ${API_KEY}` });
    const { z } = await import('zod');
    const client = makeClient(ctx.server, { auth: bearerToken(API_KEY) });
    const error = await rejectionOf(
      client.request({ method: 'GET', path: '/bad', schema: z.object({ id: z.string() }) }),
    );
    expect(error.name).toBe('ResponseValidationError');
    expectNoSecret(error, [], [API_KEY]);
  });
});
