import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GenesysEmulator, startGenesysEmulator } from '../src/genesys/index.ts';
import { type HighlightEmulator, startHighlightEmulator } from '../src/highlight/index.ts';
import { startVapiEmulator, type VapiEmulator } from '../src/vapi/index.ts';

const BEARER = { authorization: 'Bearer key' };

async function genesysToken(genesys: GenesysEmulator): Promise<Record<string, string>> {
  const response = await fetch(`${genesys.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('id:secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer ${token}` };
}

describe('fault injection, in each vendor’s own shape', () => {
  let vapi: VapiEmulator;
  let genesys: GenesysEmulator;
  let highlight: HighlightEmulator;
  beforeAll(async () => {
    [vapi, genesys, highlight] = await Promise.all([
      startVapiEmulator({ seed: 2 }),
      startGenesysEmulator({ seed: 2 }),
      startHighlightEmulator({ seed: 2 }),
    ]);
  });
  afterAll(() => Promise.all([vapi?.close(), genesys?.close(), highlight?.close()]));

  it('throttle: Vapi answers its NestJS 429 with Retry-After, then serves again', async () => {
    vapi.throttle(1, 3);
    const throttled = await fetch(`${vapi.url}/session`, { headers: BEARER });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect(await throttled.json()).toEqual({
      message: 'Rate limit exceeded',
      error: 'Too Many Requests',
      statusCode: 429,
    });
    expect((await fetch(`${vapi.url}/session`, { headers: BEARER })).status).toBe(200);
  });

  it('failNext with a status: Genesys ErrorBody with contextId = ININ-Correlation-Id; the token endpoint is spared', async () => {
    genesys.failNext(2, { status: 503 });
    const headers = await genesysToken(genesys);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`${genesys.url}/api/v2/journey/sessions/${genesys.seeded[0]?.id}`, { headers });
      expect(response.status).toBe(503);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 'service.unavailable', status: 503, details: [], errors: [] });
      expect(body.contextId).toBe(response.headers.get('inin-correlation-id'));
    }
    const ok = await fetch(`${genesys.url}/api/v2/journey/sessions/${genesys.seeded[0]?.id}`, { headers });
    expect(ok.status).toBe(200);
  });

  it('failNext with a reset: the connection drops before any byte, only in the scope given', async () => {
    vapi.failNext(1, 'reset', { method: 'GET', path: /^\/session\// });
    expect((await fetch(`${vapi.url}/session`, { headers: BEARER })).status).toBe(200);
    const id = vapi.seeded[0]?.id;
    await expect(fetch(`${vapi.url}/session/${id}`, { headers: BEARER })).rejects.toThrow(TypeError);
    expect((await fetch(`${vapi.url}/session/${id}`, { headers: BEARER })).status).toBe(200);
  });

  it('slow: the answer is held back the given time, for the given count', async () => {
    highlight.slow(300, { count: 1 });
    const query = JSON.stringify({ query: 'query { ignore(id: "1") }' });
    const started = performance.now();
    const slow = await fetch(highlight.publicGraphUrl, {
      method: 'POST',
      body: query,
      headers: { 'content-type': 'application/json' },
    });
    expect(await slow.json()).toEqual({ data: { ignore: null } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    const again = performance.now();
    await fetch(highlight.publicGraphUrl, {
      method: 'POST',
      body: query,
      headers: { 'content-type': 'application/json' },
    });
    expect(performance.now() - again).toBeLessThan(280);
  });

  it('Highlight failures and throttles are GraphQL error bodies; clearFaults and reset forget them', async () => {
    highlight.throttle(1, 1);
    const post = () =>
      fetch(highlight.publicGraphUrl, {
        method: 'POST',
        body: JSON.stringify({ query: 'query { ignore(id: "1") }' }),
        headers: { 'content-type': 'application/json' },
      });
    const throttled = await post();
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(await throttled.json()).toMatchObject({ errors: [{ message: expect.stringContaining('429') }], data: null });
    highlight.failNext(5, { status: 500, message: 'boom' });
    highlight.clearFaults();
    expect((await post()).status).toBe(200);
    vapi.failNext(3, { status: 502 });
    vapi.reset();
    expect((await fetch(`${vapi.url}/session`, { headers: BEARER })).status).toBe(200);
  });

  it('expireTokens: the next call gets the vendor’s 401', async () => {
    expect((await fetch(`${vapi.url}/session`, { headers: BEARER })).status).toBe(200);
    vapi.expireTokens();
    const refused = await fetch(`${vapi.url}/session`, { headers: BEARER });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'Unauthorized', statusCode: 401 });
    expect((await fetch(`${vapi.url}/session`, { headers: { authorization: 'Bearer rotated' } })).status).toBe(200);

    const headers = await genesysToken(genesys);
    genesys.expireTokens();
    const expired = await fetch(`${genesys.url}/api/v2/journey/sessions/${genesys.seeded[0]?.id}`, { headers });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'bad.credentials', status: 401 });
  });

  it('refuses nonsense arguments', () => {
    expect(() => vapi.failNext(1, { status: 200 })).toThrow(RangeError);
    expect(() => vapi.throttle(-1, 1)).toThrow(RangeError);
    expect(() => vapi.slow(Number.NaN)).toThrow(RangeError);
  });
});
