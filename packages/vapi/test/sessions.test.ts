import { describe, expect, it } from 'vitest';
import { NotFoundError, RequestValidationError } from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { API_KEY, makeClient, rejectionOf, useEmulator } from './helpers.ts';

const ctx = useEmulator();

describe('sessions.create', () => {
  it('POSTs exactly the given fields with the API key and returns the new session (201)', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const body = {
      name: 'Order #1042',
      expirationSeconds: 3_600,
      assistantId: '5b2f6a8e-1c0d-4e9f-8a7b-6c5d4e3f2a1b',
      customer: { number: '+14155550123', name: 'Ada Lovelace' },
      messages: [{ role: 'system' as const, content: 'Be brief.' }],
    };
    const session = await vapi.sessions.create(body);
    const [call] = ctx.emulator.server.calls;
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe('/session');
    expect(call?.body).toEqual(body);
    expect(call?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(call?.headers['content-type']).toContain('application/json');
    expect(call?.headers['user-agent']).toMatch(/^sessionkit-vapi\/\S+ sessionkit-core\/\S+ node\//);
    expect(session).toMatchObject({ ...body, status: 'active', orgId: ctx.emulator.store.orgId, cost: 0 });
    expect(ctx.emulator.store.sessions.get(session.id)).toBeDefined();
  });

  it('sends {} when called without a body (every field is optional)', async () => {
    const session = await makeClient(ctx.emulator.url).sessions.create();
    expect(ctx.emulator.server.calls[0]?.body).toEqual({});
    expect(session.expirationSeconds).toBe(86_400);
  });
});

describe('sessions.get, update, delete', () => {
  it('gets a session by id', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const created = await vapi.sessions.create({ name: 'Lookup' });
    const session = await vapi.sessions.get(created.id);
    expect(session).toEqual(created);
    expect(ctx.emulator.server.calls[1]?.rawPath).toBe(`/session/${created.id}`);
  });

  it('PATCHes only the patch and returns the updated session', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const created = await vapi.sessions.create({ name: 'Before', messages: [{ role: 'user', content: 'Hi' }] });
    const updated = await vapi.sessions.update(created.id, { name: 'After', status: 'completed' });
    expect(ctx.emulator.server.calls[1]?.method).toBe('PATCH');
    expect(ctx.emulator.server.calls[1]?.body).toEqual({ name: 'After', status: 'completed' });
    expect(updated).toMatchObject({ id: created.id, name: 'After', status: 'completed' });
    expect(updated.artifact?.transcript).toBe('User: Hi');
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
  });

  it('DELETE returns the deleted session; afterwards it is a NotFoundError', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const created = await vapi.sessions.create({ name: 'Temporary' });
    const deleted = await vapi.sessions.delete(created.id);
    expect(deleted).toEqual(created);
    const error = await rejectionOf(vapi.sessions.get(created.id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect(error.message).toContain('Session not found');
  });

  it('returns objects that satisfy SessionSchema', async () => {
    const vapi = makeClient(ctx.emulator.url, { validation: 'strict' });
    const session = await vapi.sessions.create({ name: 'Strict' });
    expect(SessionSchema.safeParse(session).success).toBe(true);
  });
});

describe('session ids in paths', () => {
  it.each(['a/b', '..x', 'x?y=1#z', '100%', 'ünï cödé', ' '])('encodes %j as one path segment', async (id) => {
    const vapi = makeClient(ctx.emulator.url);
    const error = await rejectionOf(vapi.sessions.get(id));
    expect(error).toBeInstanceOf(NotFoundError);
    const [call] = ctx.emulator.server.calls;
    expect(call?.rawPath).toBe(`/session/${encodeURIComponent(id)}`);
    expect(call?.params.id).toBe(id);
  });

  it.each(['', '.', '..'])('refuses %j before sending, for get, update and delete', async (id) => {
    const vapi = makeClient(ctx.emulator.url);
    for (const call of [vapi.sessions.get(id), vapi.sessions.update(id, {}), vapi.sessions.delete(id)]) {
      expect(await rejectionOf(call)).toBeInstanceOf(RequestValidationError);
    }
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('refuses a non-string id from untyped callers', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const error = await rejectionOf(vapi.sessions.get(42 as unknown as string));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });
});
