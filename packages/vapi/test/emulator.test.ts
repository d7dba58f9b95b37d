import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AuthenticationError, BadRequestError, RequestValidationError, vapiErrorMessages } from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { collect, makeClient, NOW, rejectionOf, useEmulator } from './helpers.ts';

const ctx = useEmulator({ seed: 4, now: NOW });

describe('the Vapi emulator', () => {
  it('seeds realistic sessions deterministically', async () => {
    const again = await startVapiEmulator({ seed: 4, now: NOW });
    try {
      expect(again.seeded).toEqual(ctx.emulator.seeded);
      const [first] = ctx.emulator.seeded;
      expect(first?.customer).toMatchObject({
        name: expect.any(String),
        number: expect.stringMatching(/^\+1415555\d{4}$/),
      });
      expect(first?.messages[0]).toEqual({ role: 'system', content: expect.any(String) });
      for (const session of ctx.emulator.seeded) expect(SessionSchema.safeParse(session).success).toBe(true);
      expect(ctx.emulator.seeded.every((session) => Date.parse(session.updatedAt) < NOW.getTime())).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('refuses a wrong key with the 401 body Vapi sends', async () => {
    const error = await rejectionOf(makeClient(ctx.emulator.url, { apiKey: 'wrong-key' }).sessions.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('Invalid Key. Hot tip');
  });

  it('validates bodies like Vapi (NestJS whitelist), which the raw request escape hatch reaches', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const error = await rejectionOf(
      vapi.request({ method: 'POST', path: '/session', body: { name: 'x'.repeat(41), expirationSeconds: 5, foo: 1 } }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(vapiErrorMessages(error)).toEqual([
      'property foo should not exist',
      'name must be shorter than or equal to 40 characters',
      'expirationSeconds must not be less than 60',
    ]);
    const patch = await rejectionOf(
      vapi.request({ method: 'PATCH', path: `/session/${ctx.emulator.seeded[0]?.id}`, body: { assistantId: 'a' } }),
    );
    expect(vapiErrorMessages(patch)).toEqual(['property assistantId should not exist']);
  });

  it('validates list queries like Vapi', async () => {
    const error = await rejectionOf(
      makeClient(ctx.emulator.url).request({
        method: 'GET',
        path: '/session',
        query: { limit: 5000, page: 0, colour: 'red' },
      }),
    );
    expect(vapiErrorMessages(error)).toEqual([
      'property colour should not exist',
      'page must not be less than 1',
      'limit must not be greater than 1000',
    ]);
  });

  it('the raw request returns parsed JSON, checked against a schema when given one', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const id = ctx.emulator.seeded[1]?.id as string;
    const raw = (await vapi.request({ method: 'GET', path: `/session/${id}` })) as { id: string };
    expect(raw.id).toBe(id);
    const typed = await vapi.request({
      method: 'GET',
      path: '/chat',
      query: { sessionId: id },
      schema: z.looseObject({ results: z.array(z.unknown()) }),
    });
    expect(typed.results.length).toBeGreaterThan(0);
  });

  it('the raw request refuses a missing method or path before sending', async () => {
    const vapi = makeClient(ctx.emulator.url);
    for (const request of [null, {}, { method: 'GET' }, { method: 'TRACE', path: '/session' }]) {
      expect(await rejectionOf(vapi.request(request as never))).toBeInstanceOf(RequestValidationError);
    }
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('answers CORS preflights when started with cors: true', async () => {
    const emulator = await startVapiEmulator({ cors: true, seed: 1 });
    try {
      const preflight = await fetch(`${emulator.url}/session`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(await collect(makeClient(emulator.url).sessions.list())).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });

  it('reset() forgets created sessions and the call log, and seeds again', async () => {
    const vapi = makeClient(ctx.emulator.url);
    await vapi.sessions.create({ name: 'temporary' });
    ctx.emulator.reset();
    expect(ctx.emulator.server.calls).toHaveLength(0);
    expect((await collect(vapi.sessions.list())).map((session) => session.id).sort()).toEqual(
      ctx.emulator.seeded.map((session) => session.id).sort(),
    );
  });

  it('accepts any bearer key when started without apiKey (as the demo does)', async () => {
    const emulator = await startVapiEmulator({ seed: 2 });
    try {
      expect(await collect(makeClient(emulator.url, { apiKey: 'anything' }).sessions.list())).toHaveLength(2);
    } finally {
      await emulator.close();
    }
  });
});
