import { startVapiEmulator, type VapiEmulator } from '@sessionkit/emulators/vapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

const ENTRY = `
import { VapiClient, NotFoundError, ConnectionError } from '@sessionkit/vapi';
window.runVapi = async (baseUrl) => {
  const vapi = new VapiClient({ apiKey: 'browser-key', baseUrl, retry: { initialDelayMs: 1, maxDelayMs: 5 } });
  const created = await vapi.sessions.create({ name: 'from the browser' });
  const fetched = await vapi.sessions.get(created.id);
  const listed = [];
  for await (const session of vapi.sessions.list({ limit: 2 })) listed.push(session.id);
  let notFound = '';
  try { await vapi.sessions.get('no-such-session'); } catch (error) { notFound = error instanceof NotFoundError ? String(error.status) : String(error); }
  // A header outside the emulator's allow-list (as x-sessionkit-client was): the preflight refuses it.
  const marked = new VapiClient({ apiKey: 'browser-key', baseUrl, maxRetries: 0, headers: { 'x-sessionkit-client': 'vapi/0' } });
  let refused = '';
  try { await marked.sessions.get(created.id); } catch (error) { refused = error instanceof ConnectionError ? 'ConnectionError' : String(error); }
  return { createdId: created.id, fetchedName: fetched.name, listed: listed.length, notFound, refused };
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

  it('creates, reads and lists sessions across origins (CORS allows only Authorization and Content-Type), with typed errors', async () => {
    const result = await ctx.page.evaluate(
      (url) => (window as unknown as { runVapi: (u: string) => Promise<Record<string, unknown>> }).runVapi(url),
      emulator.url,
    );
    expect(result.fetchedName).toBe('from the browser');
    expect(result.listed).toBe(6);
    expect(result.notFound).toBe('404');
    const created = emulator.server.calls.find((call) => call.method === 'POST' && call.path === '/session');
    expect(created?.headers.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Core sends no sessionkit header from a browser (it used to send x-sessionkit-client, which forced every request
    // through a preflight that the vendor's allow-list may refuse): the browser's own User-Agent is all there is.
    expect(emulator.server.calls.every((call) => call.headers['x-sessionkit-client'] === undefined)).toBe(true);
    expect(created?.headers['user-agent']).toContain('HeadlessChrome');
    // The allow-list bites: the same header set by hand is refused by the preflight and never reaches the route.
    expect(result.refused).toBe('ConnectionError');
    expect(emulator.server.calls.filter((call) => call.path === `/session/${result.createdId}`)).toHaveLength(1);
  });
});
