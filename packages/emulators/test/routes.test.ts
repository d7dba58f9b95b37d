import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GenesysEmulator, startGenesysEmulator } from '../src/genesys/index.ts';
import { type HighlightEmulator, startHighlightEmulator } from '../src/highlight/index.ts';
import { startVapiEmulator, type VapiEmulator } from '../src/vapi/index.ts';

const BEARER = { authorization: 'Bearer key', 'content-type': 'application/json' };

describe('unknown routes and methods answer in the vendor’s error shape', () => {
  let vapi: VapiEmulator;
  let genesys: GenesysEmulator;
  let highlight: HighlightEmulator;
  beforeAll(async () => {
    [vapi, genesys, highlight] = await Promise.all([
      startVapiEmulator({ seed: 1 }),
      startGenesysEmulator({ seed: 1 }),
      startHighlightEmulator(),
    ]);
  });
  afterAll(() => Promise.all([vapi?.close(), genesys?.close(), highlight?.close()]));

  it('Vapi: the 401 first, then NestJS’s 404 for a path or a method it does not have', async () => {
    expect((await fetch(`${vapi.url}/assistant`)).status).toBe(401);
    const path = await fetch(`${vapi.url}/assistant?limit=2`, { headers: BEARER });
    expect(path.status).toBe(404);
    expect(await path.json()).toEqual({
      message: 'Cannot GET /assistant?limit=2',
      error: 'Not Found',
      statusCode: 404,
    });
    const method = await fetch(`${vapi.url}/session/x`, { method: 'PUT', headers: BEARER, body: '{}' });
    expect(await method.json()).toEqual({ message: 'Cannot PUT /session/x', error: 'Not Found', statusCode: 404 });
  });

  it('Genesys: ErrorBody with contextId and ININ-Correlation-Id; 401 without a token; 405 with Allow on a known path', async () => {
    const anonymous = await fetch(`${genesys.url}/api/v2/journey/segments`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'authentication.required' });
    const token = await fetch(`${genesys.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('a:b')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    }).then((response) => response.json() as Promise<{ access_token: string }>);
    const headers = { authorization: `Bearer ${token.access_token}` };
    const missing = await fetch(`${genesys.url}/api/v2/journey/actionmaps`, { headers });
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'not.found', status: 404, details: [], errors: [] });
    expect(body.contextId).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('inin-correlation-id')).toBe(body.contextId);
    const method = await fetch(`${genesys.url}/api/v2/journey/sessions/abc`, { method: 'DELETE', headers });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET');
    expect(await method.json()).toMatchObject({ code: 'method.not.allowed', status: 405 });
    const tracking = await fetch(`${genesys.url}/api/v2/journey/deployments/d/nothing`);
    expect(tracking.status).toBe(404);
  });

  it('Highlight: the router’s text 404, and gqlgen’s 400 for a graph request it has no transport for', async () => {
    const missing = await fetch(`${highlight.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('404 page not found\n');
    const get = await fetch(highlight.publicGraphUrl);
    expect(get.status).toBe(400);
    expect(await get.json()).toEqual({ errors: [{ message: 'transport not supported' }], data: null });
  });
});

describe('Vapi chats: delete, the OpenAI Responses format, object-typed query filters', () => {
  let vapi: VapiEmulator;
  beforeAll(async () => {
    vapi = await startVapiEmulator({ seed: 3 });
  });
  afterAll(() => vapi?.close());

  it('POST /chat/responses answers a ResponseObject whose id is the chat’s; DELETE /chat/{id} returns the chat', async () => {
    const session = vapi.seeded[2];
    const created = await fetch(`${vapi.url}/chat/responses`, {
      method: 'POST',
      headers: BEARER,
      body: JSON.stringify({ sessionId: session?.id, input: 'Where is my order?' }),
    });
    expect(created.status).toBe(200);
    const response = (await created.json()) as { id: string; object: string; output: Array<Record<string, unknown>> };
    expect(response).toMatchObject({ object: 'response', status: 'completed' });
    expect(response.output[0]).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'output_text', text: expect.stringContaining('Where is my order?'), annotations: [] }],
    });
    const chat = await fetch(`${vapi.url}/chat/${response.id}`, { headers: BEARER });
    expect(await chat.json()).toMatchObject({ id: response.id, sessionId: session?.id });
    const deleted = await fetch(`${vapi.url}/chat/${response.id}`, { method: 'DELETE', headers: BEARER });
    expect(await deleted.json()).toMatchObject({ id: response.id });
    expect((await fetch(`${vapi.url}/chat/${response.id}`, { headers: BEARER })).status).toBe(404);
  });

  it('assistantOverrides as a JSON string (what an SDK typing it string sends) or in brackets filters by customer', async () => {
    const target = vapi.createSession({
      customer: { number: '+14155550100', assistantOverrides: { variableValues: { tier: 'gold' } } },
    });
    for (const query of [
      `assistantOverrides=${encodeURIComponent(JSON.stringify({ variableValues: { tier: 'gold' } }))}`,
      'assistantOverrides[variableValues][tier]=gold',
    ]) {
      const page = await fetch(`${vapi.url}/session?${query}`, { headers: BEARER });
      expect(page.status).toBe(200);
      const { results } = (await page.json()) as { results: Array<{ id: string }> };
      expect(results.map((session) => session.id)).toEqual([target.id]);
    }
    const refused = await fetch(`${vapi.url}/session?squadOverrides=plain`, { headers: BEARER });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: ['squadOverrides must be an object'] });
  });
});

describe('seed, reset and the clock', () => {
  it('seed() reseeds with a count and a random seed; reset() restores what the last seed() made', async () => {
    const genesys = await startGenesysEmulator({ seed: 4, now: new Date('2026-06-01T12:00:00Z') });
    try {
      const first = genesys.seeded.map((session) => session.id);
      genesys.seed({ randomSeed: 7 });
      const other = genesys.seeded.map((session) => session.id);
      expect(other).toHaveLength(4);
      expect(other).not.toEqual(first);
      genesys.seed({ sessions: 6 });
      expect(genesys.seeded).toHaveLength(6);
      genesys.store.sessions.clear();
      genesys.reset();
      expect(genesys.seeded).toHaveLength(6);
      expect(genesys.store.sessions.size).toBeGreaterThanOrEqual(6);
      genesys.seed({ sessions: 4, randomSeed: 0x6e5e_5eed });
      expect(genesys.seeded.map((session) => session.id)).toEqual(first);
    } finally {
      await genesys.close();
    }
  });

  it('tokenRateLimit: a client id over its token-creation limit gets 429 with Retry-After until the window ends', async () => {
    const genesys = await startGenesysEmulator({
      tokenRateLimit: { allowed: 2, windowSeconds: 10 },
      now: new Date('2026-06-01T12:00:00Z'),
    });
    try {
      const tokenFor = (id: string) =>
        fetch(`${genesys.url}/oauth/token`, {
          method: 'POST',
          headers: { authorization: `Basic ${btoa(`${id}:s`)}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=client_credentials',
        });
      expect((await tokenFor('a')).status).toBe(200);
      expect((await tokenFor('a')).status).toBe(200);
      const refused = await tokenFor('a');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect(((await refused.json()) as { error: string }).error).toBe('rate_limit_exceeded');
      // Per client id: another one is not held back.
      expect((await tokenFor('b')).status).toBe(200);
      genesys.clock.advance(10_000);
      expect((await tokenFor('a')).status).toBe(200);
      expect(genesys.tokenRequests).toBe(5);
      expect(genesys.tokenRequestsRejected).toBe(1);
    } finally {
      await genesys.close();
    }
  });

  it('the clock moves token expiry: advance past the lifetime and the token is refused', async () => {
    const genesys = await startGenesysEmulator({ tokenLifetimeSeconds: 60, now: new Date('2026-06-01T12:00:00Z') });
    try {
      const token = await fetch(`${genesys.url}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${btoa('a:b')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      }).then((response) => response.json() as Promise<{ access_token: string }>);
      const call = () =>
        fetch(`${genesys.url}/api/v2/journey/sessions/nope`, {
          headers: { authorization: `Bearer ${token.access_token}` },
        });
      expect((await call()).status).toBe(404);
      expect(genesys.clock.advance(61_000).toISOString()).toBe('2026-06-01T12:01:01.000Z');
      expect((await call()).status).toBe(401);
      genesys.clock.set('2026-01-01T00:00:00Z');
      expect(genesys.clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
      genesys.reset();
      expect(genesys.clock.now().toISOString()).toBe('2026-06-01T12:00:00.000Z');
    } finally {
      await genesys.close();
    }
  });
});
