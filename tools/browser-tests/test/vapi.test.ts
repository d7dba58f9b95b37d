import { startVapiEmulator, type VapiEmulator } from '@sessionkit/emulators/vapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

const ENTRY = `
import { VapiClient, NotFoundError } from '@sessionkit/vapi';
window.runVapi = async (baseUrl) => {
  const vapi = new VapiClient({ apiKey: 'browser-key', baseUrl, retry: { initialDelayMs: 1, maxDelayMs: 5 } });
  const created = await vapi.sessions.create({ name: 'from the browser' });
  const fetched = await vapi.sessions.get(created.id);
  const listed = [];
  for await (const session of vapi.sessions.list({ limit: 2 })) listed.push(session.id);
  let notFound = '';
  try { await vapi.sessions.get('no-such-session'); } catch (error) { notFound = error instanceof NotFoundError ? String(error.status) : String(error); }
  return { createdId: created.id, fetchedName: fetched.name, listed: listed.length, notFound };
};
window.ready = true;
`;

describe.skipIf(chromiumMissing)('@sessionkit/vapi in headless Chromium', () => {
  let emulator: VapiEmulator;
  beforeAll(async () => {
    emulator = await startVapiEmulator({ cors: true, seed: 5 });
  });
  afterAll(() => emulator?.close());
  const ctx = usePage(ENTRY);

  it('creates, reads and lists sessions across origins (CORS), with typed errors', async () => {
    const result = await ctx.page.evaluate(
      (url) => (window as unknown as { runVapi: (u: string) => Promise<Record<string, unknown>> }).runVapi(url),
      emulator.url,
    );
    expect(result.fetchedName).toBe('from the browser');
    expect(result.listed).toBe(6);
    expect(result.notFound).toBe('404');
    const created = emulator.server.calls.find((call) => call.method === 'POST' && call.path === '/session');
    expect(created?.headers.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(created?.headers['x-sessionkit-client']).toMatch(/^vapi\//);
    expect(created?.headers['user-agent']).toContain('HeadlessChrome');
  });
});
