import { startVapiEmulator, type VapiEmulator } from '@sessionkit/emulators/vapi';
import { VapiClient, VapiError } from '@vapi-ai/server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coverage } from '../src/coverage.ts';
import { publicMethods } from '../src/sdk-methods.ts';

// @vapi-ai/server-sdk 2.0.1, pointed at the emulator with `environment: <base URL>`, through every operation of
// its `sessions` and `chats` resources. What the SDK exposes is read from the SDK itself, not listed here.
const probe = new VapiClient({ token: 'probe', environment: 'http://127.0.0.1:9' });
const coverage = new Coverage('Vapi', '@vapi-ai/server-sdk 2.0.1', [
  ...publicMethods(probe.sessions).map((name) => `sessions.${name}`),
  ...publicMethods(probe.chats).map((name) => `chats.${name}`),
]);

describe('@vapi-ai/server-sdk against the Vapi emulator', () => {
  let emulator: VapiEmulator;
  let vapi: VapiClient;
  beforeAll(async () => {
    emulator = await startVapiEmulator({ seed: 12, apiKey: 'sk-fidelity' });
    vapi = new VapiClient({ token: 'sk-fidelity', environment: emulator.url, maxRetries: 0 });
  });
  afterAll(async () => {
    coverage.report();
    await emulator?.close();
  });

  it('sessions.create', async () => {
    const session = await vapi.sessions.create({
      name: 'Fidelity',
      expirationSeconds: 3600,
      customer: { number: '+14155550123', name: 'Ada' },
    });
    expect(session).toMatchObject({ name: 'Fidelity', status: 'active', expirationSeconds: 3600, cost: 0, costs: [] });
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.store.sessions.get(session.id)?.customer).toEqual({ number: '+14155550123', name: 'Ada' });
    coverage.pass('sessions.create');
  });

  it('sessions.list (paging, sorting, every filter type the SDK sends)', async () => {
    const page = await vapi.sessions.list({ limit: 5, page: 2, sortOrder: 'ASC' });
    expect(page.results).toHaveLength(5);
    const all = [...emulator.store.sessions.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(page.metadata).toMatchObject({ itemsPerPage: 5, currentPage: 2, totalItems: all.length, sortOrder: 'ASC' });
    expect(page.results.map((session) => session.id)).toEqual(all.slice(5, 10).map((session) => session.id));

    const [first, second] = emulator.seeded;
    const byIds = await vapi.sessions.list({ phoneNumberIdAny: [first?.phoneNumberId ?? '', 'none'] });
    expect(byIds.results.every((session) => session.phoneNumberId === first?.phoneNumberId)).toBe(true);
    const byAny = await vapi.sessions.list({ idAny: `${first?.id},${second?.id}` });
    expect(byAny.results.map((session) => session.id).sort()).toEqual([first?.id, second?.id].sort());
    const byDate = await vapi.sessions.list({ createdAtGe: second?.createdAt, limit: 1000 });
    expect(byDate.metadata.totalItems).toBe(all.length - 1);
    expect(byDate.metadata.createdAtGe).toBe(second?.createdAt);

    // Typed as objects in the spec, as strings by the SDK: a JSON object string is what a client can send.
    const overridden = emulator.createSession({
      customer: { number: '+14155550199', assistantOverrides: { variableValues: { tier: 'gold' } } },
    });
    const byOverrides = await vapi.sessions.list({
      assistantOverrides: JSON.stringify({ variableValues: { tier: 'gold' } }),
      squadOverrides: JSON.stringify({}),
    });
    expect(byOverrides.results.map((session) => session.id)).toEqual([overridden.id]);
    const byCustomer = await vapi.sessions.list({ number: '+14155550199' });
    expect(byCustomer.results.map((session) => session.id)).toEqual([overridden.id]);
    coverage.pass('sessions.list');
  });

  it('sessions.get', async () => {
    const seeded = emulator.seeded[0];
    const session = await vapi.sessions.get({ id: seeded?.id ?? '' });
    expect(session).toEqual(JSON.parse(JSON.stringify(seeded)));
    coverage.pass('sessions.get');
  });

  it('sessions.update', async () => {
    const { id } = await vapi.sessions.create({});
    const updated = await vapi.sessions.update({ id, name: 'Renamed', status: 'completed' });
    expect(updated).toMatchObject({ id, name: 'Renamed', status: 'completed' });
    expect(updated.artifact).toBeDefined();
    coverage.pass('sessions.update');
  });

  it('sessions.delete (returns the deleted session; then a NestJS 404)', async () => {
    const { id } = await vapi.sessions.create({ name: 'Doomed' });
    const deleted = await vapi.sessions.delete({ id });
    expect(deleted).toMatchObject({ id, name: 'Doomed' });
    const error = await vapi.sessions.get({ id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VapiError);
    expect(error).toMatchObject({
      statusCode: 404,
      body: { message: 'Session not found', error: 'Not Found', statusCode: 404 },
    });
    coverage.pass('sessions.delete');
  });

  it('chats.create (a turn of a session)', async () => {
    const session = emulator.seeded[11];
    const chat = await vapi.chats.create({ sessionId: session?.id, input: 'Where is my parcel?' });
    expect(chat).toMatchObject({ sessionId: session?.id, orgId: session?.orgId });
    expect('output' in chat ? chat.output?.[0] : undefined).toMatchObject({ role: 'assistant' });
    coverage.pass('chats.create');
  });

  it('chats.list', async () => {
    const session = emulator.seeded[11];
    const page = await vapi.chats.list({ sessionId: session?.id, sortOrder: 'ASC', limit: 100 });
    expect(page.results.length).toBeGreaterThan(0);
    expect(page.results.every((chat) => chat.sessionId === session?.id)).toBe(true);
    coverage.pass('chats.list');
  });

  it('chats.get', async () => {
    const [chat] = (await vapi.chats.list({ limit: 1 })).results;
    const got = await vapi.chats.get({ id: chat?.id ?? '' });
    expect(got).toEqual(chat);
    coverage.pass('chats.get');
  });

  it('chats.delete', async () => {
    const chat = await vapi.chats.create({ sessionId: emulator.seeded[10]?.id, input: 'Cancel it.' });
    const deleted = await vapi.chats.delete({ id: chat.id as string });
    expect(deleted).toMatchObject({ id: chat.id });
    const error = await vapi.chats.get({ id: chat.id as string }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 404, body: { message: 'Chat not found', statusCode: 404 } });
    coverage.pass('chats.delete');
  });

  it('chats.createResponse (OpenAI Responses format)', async () => {
    const response = await vapi.chats.createResponse({ sessionId: emulator.seeded[9]?.id, input: 'Hello' });
    expect(response).toMatchObject({ object: 'response', status: 'completed' });
    const text = 'output' in response ? response.output[0]?.content[0]?.text : undefined;
    expect(text).toContain('Hello');
    expect(await vapi.chats.get({ id: (response as { id: string }).id })).toMatchObject({ input: 'Hello' });
    coverage.pass('chats.createResponse');
  });

  it('an operation the emulator does not serve, and a wrong key, answer in Vapi’s NestJS shape', async () => {
    const missing = await vapi.assistants.list().catch((caught: unknown) => caught);
    expect(missing).toMatchObject({
      statusCode: 404,
      body: { message: 'Cannot GET /assistant', error: 'Not Found', statusCode: 404 },
    });
    const wrongKey = new VapiClient({ token: 'sk-wrong', environment: emulator.url, maxRetries: 0 });
    const refused = await wrongKey.sessions.list().catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ statusCode: 401, body: { error: 'Unauthorized', statusCode: 401 } });
  });

  it('the SDK’s own retry honours the emulator’s throttle (429 + Retry-After)', async () => {
    const retrying = new VapiClient({ token: 'sk-fidelity', environment: emulator.url, maxRetries: 1 });
    emulator.throttle(1, 0);
    const page = await retrying.sessions.list({ limit: 1 });
    expect(page.results).toHaveLength(1);
    const statuses = emulator.server.calls.slice(-2).map((call) => call.path);
    expect(statuses).toEqual(['/session', '/session']);
  });
});
