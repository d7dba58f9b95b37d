import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

const ENTRY = `
import { GenesysJourneyClient, ConfigurationError } from '@sessionkit/genesys-journey';
window.runGenesys = async (baseUrl, deploymentId) => {
  let refused = '';
  try {
    new GenesysJourneyClient({ clientId: 'browser-id', clientSecret: 'browser-secret-must-not-ship', baseUrl, tokenUrl: baseUrl + '/oauth/token' });
  } catch (error) {
    refused = error instanceof ConfigurationError ? error.message : 'wrong error: ' + String(error);
  }
  const tracking = new GenesysJourneyClient({ baseUrl }).tracking;
  const event = await tracking.webEvent(deploymentId, {
    customerCookieId: 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b',
    eventName: 'page_viewed',
    page: { url: location.href, title: 'Browser test' },
    createdDate: new Date(),
  });
  return { refused, sessionId: event.session?.id ?? '' };
};
window.ready = true;
`;

describe.skipIf(chromiumMissing)('@sessionkit/genesys-journey in headless Chromium', () => {
  let emulator: GenesysEmulator;
  beforeAll(async () => {
    emulator = await startGenesysEmulator({ cors: true, seed: 2 });
  });
  afterAll(() => emulator?.close());
  const ctx = usePage(ENTRY);

  it('refuses OAuth client credentials (a secret must not ship to browsers) but sends tracking events without a token', async () => {
    const result = await ctx.page.evaluate(
      ([url, deployment]) =>
        (window as unknown as { runGenesys: (u: string, d: string) => Promise<Record<string, string>> }).runGenesys(
          url as string,
          deployment as string,
        ),
      [emulator.url, emulator.deploymentId],
    );
    expect(result.refused).toMatch(/browser/i);
    expect(result.refused).not.toContain('browser-secret-must-not-ship');
    expect(result.sessionId).not.toBe('');
    expect(emulator.tokenRequests).toBe(0);
    const sent = emulator.server.calls.filter((call) => call.method === 'POST');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.authorization).toBeUndefined();
    expect(sent[0]?.headers.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // No sessionkit header from a browser: the emulator's CORS allows only Authorization, Content-Type and Accept.
    expect(sent[0]?.headers['x-sessionkit-client']).toBeUndefined();
  });
});
