import { type HighlightEmulator, startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

const ENTRY = `
import { HighlightClient, NotFoundError } from '@sessionkit/highlight';
window.runHighlight = async (emulator) => {
  const hl = new HighlightClient({
    projectId: emulator.projectId,
    publicGraphUrl: emulator.publicGraphUrl,
    privateGraphUrl: emulator.privateGraphUrl,
    token: 'browser-token',
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
  });
  const { secureId } = await hl.sessions.initialize({ environment: 'browser-test', appVersion: '1.2.3' });
  await hl.sessions.identify(secureId, { identifier: 'ada@example.com', properties: { plan: 'pro' } });
  const { response } = await hl.sessions.get(secureId).withResponse();
  const raw = await hl.request({ graph: 'private', query: 'query One($id: String!) { session(secure_id: $id) { secure_id } }', variables: { id: secureId } });
  const session = await hl.sessions.get(secureId);
  const found = [];
  for await (const item of hl.sessions.search({ count: 2 })) found.push(item.secure_id);
  let notFound = '';
  try { await hl.sessions.get('0000000000000000000000000000'); } catch (error) { notFound = error instanceof NotFoundError ? 'NotFoundError' : String(error); }
  return { secureId, identifier: session.identifier, environment: session.environment, found: found.length, notFound, status: response.status, raw };
};
window.ready = true;
`;

describe.skipIf(chromiumMissing)('@sessionkit/highlight in headless Chromium', () => {
  let emulator: HighlightEmulator;
  beforeAll(async () => {
    emulator = await startHighlightEmulator({ cors: true, seed: 5, token: 'browser-token' });
  });
  afterAll(() => emulator?.close());
  const ctx = usePage(ENTRY);

  it('initializes, identifies, reads and pages sessions over both graphs across origins (CORS)', async () => {
    const result = await ctx.page.evaluate(
      (urls) =>
        (window as unknown as { runHighlight: (u: unknown) => Promise<Record<string, unknown>> }).runHighlight(urls),
      {
        projectId: emulator.projectId,
        publicGraphUrl: emulator.publicGraphUrl,
        privateGraphUrl: emulator.privateGraphUrl,
      },
    );
    expect(result.secureId).toMatch(/^[A-Za-z0-9]{28}$/);
    expect(result.identifier).toBe('ada@example.com');
    expect(result.environment).toBe('browser-test');
    expect(result.found).toBe(6);
    expect(result.notFound).toBe('NotFoundError');
    expect(result.status).toBe(200);
    expect(result.raw).toEqual({ session: { secure_id: result.secureId } });
    const publicCalls = emulator.server.calls.filter((call) => call.path === '/public');
    expect(publicCalls.length).toBeGreaterThan(0);
    expect(publicCalls.every((call) => call.headers.token === undefined)).toBe(true);
    expect(publicCalls[0]?.headers.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // No sessionkit header from a browser: the emulator's CORS allows only Authorization, Content-Type and token.
    expect(emulator.server.calls.every((call) => call.headers['x-sessionkit-client'] === undefined)).toBe(true);
  });
});
