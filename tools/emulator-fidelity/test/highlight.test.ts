import { type HighlightEmulator, startHighlightEmulator } from '@sessionkit/emulators/highlight';
import type { TestServer } from '@sessionkit/emulators/server';
import { HighlightClient } from '@sessionkit/highlight';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser, findChromium, highlightDocuments, launchChromium, servePage } from '../src/browser.ts';
import { Coverage } from '../src/coverage.ts';

// The real highlight.run recorder (10.7.5), bundled for the browser, records a small page in headless Chromium
// against the Highlight emulator; then @sessionkit/highlight finds that session over the private graph and reads it
// back. Coverage: every public-graph document the package ships — those the recorder sent in this run must have
// been answered without errors; the others (sent only in other situations) are executed from Node with the SDK's
// own document text.
const executable = findChromium();
if (!executable && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium).');

const documents = highlightDocuments();
const coverage = new Coverage(
  'Highlight',
  'highlight.run 10.7.5 (recorder in Chromium)',
  documents.map((document) => document.name),
);

const PAGE = `<h1>Checkout</h1><label>Name <input id="name"></label><button id="pay">Pay</button><a id="next" href="/next">next</a>`;
const ENTRY = `
import { H } from 'highlight.run';
window.startRecorder = (config) => {
  H.init(config.projectId, {
    backendUrl: config.backendUrl,
    otlpEndpoint: config.otlpEndpoint,
    environment: 'fidelity',
    serviceName: 'fidelity-page',
    version: '1.2.3',
    tracingOrigins: false,
    networkRecording: { enabled: true, recordHeadersAndBody: false },
    inlineImages: false,
    inlineStylesheet: false,
  });
};
window.H = H;
document.getElementById('pay').addEventListener('click', () => { document.body.dataset.paid = 'yes'; });
window.ready = true;
`;

interface GraphExchange {
  readonly operation: string;
  readonly status: number;
  readonly body: { data?: unknown; errors?: unknown[] } | undefined;
}

describe.skipIf(!executable)('highlight.run in headless Chromium against the Highlight emulator', () => {
  let emulator: HighlightEmulator;
  let site: TestServer;
  let browser: Browser;
  let page: Page;
  const exchanges: GraphExchange[] = [];
  const elsewhere: string[] = [];
  let secureId = '';

  beforeAll(async () => {
    emulator = await startHighlightEmulator({ cors: true, projectId: 1, verboseId: '1jdkoe52' });
    site = await servePage(PAGE, await bundleForBrowser(ENTRY));
    browser = await launchChromium(executable as string);
    const context = await browser.newContext();
    // Only 127.0.0.1 resolves (see launchChromium); anything the recorder tries elsewhere is recorded here.
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') elsewhere.push(request.url());
    });
    context.on('response', async (response) => {
      if (!response.url().startsWith(emulator.publicGraphUrl) || response.request().method() !== 'POST') return;
      const operation = operationOf({ body: JSON.parse(response.request().postData() ?? '{}') });
      const body = (await response.json().catch(() => undefined)) as GraphExchange['body'];
      exchanges.push({ operation, status: response.status(), body });
    });
    page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
  });
  afterAll(async () => {
    coverage.report();
    await browser?.close();
    await site?.close();
    await emulator?.close();
  });

  it('records the page: the recorder initializes, identifies, tracks, reports an error, uploads its events', async () => {
    await page.evaluate(
      (config) => (window as unknown as { startRecorder: (c: unknown) => void }).startRecorder(config),
      { projectId: '1jdkoe52', backendUrl: emulator.publicGraphUrl, otlpEndpoint: emulator.url },
    );
    await expect.poll(() => emulator.store.sessions.size, { timeout: 20_000 }).toBe(1);
    secureId = [...emulator.store.sessions.keys()][0] as string;
    await page.mouse.move(40, 40);
    await page.mouse.move(200, 120, { steps: 5 });
    await page.fill('#name', 'Ada Lovelace');
    await page.click('#pay');
    await page.evaluate(() => {
      const { H } = window as unknown as { H: Record<string, (...args: unknown[]) => void> };
      H.identify?.('ada@example.com', { plan: 'pro' });
      H.track?.('checkout', { plan: 'pro' });
      H.consumeError?.(new Error('fidelity boom'));
      H.addSessionFeedback?.({ verbatim: 'Works locally', timestamp: new Date().toISOString() });
    });
    await expect
      .poll(
        () =>
          (emulator.store.recordings.get(secureId)?.events.length ?? 0) > 0 &&
          emulator.store.errors.get(secureId)?.length,
        {
          timeout: 30_000,
        },
      )
      .toBeTruthy();
    // The visitor leaves; 15 quiet minutes later (the emulator's clock, moved) Highlight has processed the session.
    await page.click('#next');
    await page.waitForURL(`${site.url}/next`);
    expect(emulator.store.sessions.get(secureId)?.processed).toBe(false);
    emulator.clock.advance(15 * 60_000);
    expect(elsewhere).toEqual([]);
  });

  it('@sessionkit/highlight finds that session over the private graph and reads it back', async () => {
    const hl = new HighlightClient({ baseUrl: emulator.url, projectId: emulator.projectId, token: 'any' });
    const found: string[] = [];
    for await (const session of hl.sessions.search({ query: 'environment=fidelity' })) found.push(session.secure_id);
    expect(found).toEqual([secureId]);
    const session = await hl.sessions.get(secureId);
    expect(session).toMatchObject({
      secure_id: secureId,
      identifier: 'ada@example.com',
      identified: true,
      environment: 'fidelity',
      app_version: '1.2.3',
      client_version: '10.7.5',
      browser_name: 'Chrome',
      processed: true,
      has_errors: true,
    });
    expect(session.length).toBeGreaterThan(0);
    expect(session.active_length).toBeGreaterThan(0);
    const fields = (session.fields ?? []).map((field) => `${field?.type}:${field?.name}=${field?.value}`);
    expect(fields).toEqual(expect.arrayContaining(['user:identifier=ada@example.com', 'track:event=checkout']));
    const intervals = await hl.sessions.intervals(secureId);
    expect(intervals.some((interval) => interval.active)).toBe(true);
    const errors = await hl.sessions.errors(secureId);
    expect(errors.map((error) => error?.event.join(' '))).toEqual(
      expect.arrayContaining([expect.stringContaining('fidelity boom')]),
    );
  });

  it('every document the SDK ships is answered with values of the schema’s types', async () => {
    const sent = new Set(emulator.server.calls.filter((call) => call.path === '/public').map(operationOf));
    expect([...sent].sort()).toEqual([...new Set(exchanges.map((exchange) => exchange.operation))].sort());
    for (const exchange of exchanges) {
      expect(exchange.status, `${exchange.operation} → HTTP ${exchange.status}`).toBe(200);
      expect(exchange.body?.errors, `${exchange.operation} → ${JSON.stringify(exchange.body?.errors)}`).toBeUndefined();
    }
    for (const document of documents) {
      if (sent.has(document.name)) {
        coverage.pass(document.name, 'sent by the recorder in Chromium');
        continue;
      }
      // Not sent by this run (e.g. the sampling query of the LaunchDarkly plugin): the SDK's own document from Node.
      const response = await fetch(emulator.publicGraphUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document.text, variables: variablesFor(document.name, secureId) }),
      });
      const body = (await response.json()) as GraphExchange['body'];
      expect(response.status, `${document.name}: ${JSON.stringify(body)}`).toBe(200);
      expect(body?.errors, `${document.name}: ${JSON.stringify(body?.errors)}`).toBeUndefined();
      coverage.pass(document.name, 'not sent in this run: the SDK’s own document, sent from Node');
    }
    console.log(`sent by the recorder in Chromium: ${[...sent].sort().join(', ')}`);
  });
});

/** The operation a GraphQL request names. */
function operationOf(call: { readonly body: unknown }): string {
  const body = call.body as { operationName?: string; query?: string } | undefined;
  return body?.operationName ?? /(?:mutation|query) (\w+)/.exec(body?.query ?? '')?.[1] ?? '?';
}

/** Variables like the SDK's own for a document it did not send in this run. */
function variablesFor(name: string, secureId: string): Record<string, unknown> {
  const now = new Date().toISOString();
  switch (name) {
    case 'Ignore':
      return { id: '1' };
    case 'GetSamplingConfig':
      return { organization_verbose_id: '1jdkoe52' };
    case 'PushPayload':
      return {
        session_secure_id: secureId,
        payload_id: '9001',
        events: { events: [] },
        messages: '{"messages":[]}',
        resources: '{"resources":[]}',
        web_socket_events: '{"webSocketEvents":[]}',
        errors: [],
        is_beacon: true,
        has_session_unloaded: true,
      };
    case 'addSessionProperties':
      return { session_secure_id: secureId, properties_object: { referrer: 'fidelity' } };
    case 'addSessionFeedback':
      return { session_secure_id: secureId, verbatim: 'From Node', timestamp: now };
    case 'identifySession':
      return { session_secure_id: secureId, user_identifier: 'ada@example.com', user_object: {} };
    case 'pushMetrics':
      return { metrics: [{ session_secure_id: secureId, name: 'LCP', value: 1, timestamp: now }] };
    default:
      throw new Error(`no variables for ${name}: the recorder should have sent it`);
  }
}
