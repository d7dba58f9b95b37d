/**
 * Contract tests against Genesys' own Swagger 2.0 spec (../shared/specs/genesys/journey-subset.json), converted to
 * OpenAPI 3 by swagger2openapi, with openapi-backend as the validator and json-schema-faker as the generator: every
 * request the client can send is valid for the operation it targets, and documents generated from the spec's schemas
 * parse with the client's schemas.
 */
import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES, type GenesysJourneyClient } from '../src/index.ts';
import { specSampler } from './contract/generate.ts';
import {
  clientOperations,
  contractDefinition,
  loadSessionsSubset,
  loadSwagger,
  OPERATIONS,
} from './contract/genesys-spec.ts';
import {
  type ContractCoverage,
  contractCoverage,
  createSpecValidator,
  toSpecRequest,
} from './contract/spec-validator.ts';
import { CLIENT_ID, CLIENT_SECRET, collect, makeClient, NOW, useTestServer } from './helpers.ts';

let api: OpenAPIBackend;
let definition: Record<string, unknown>;
let emulator: GenesysEmulator;
let coverage: ContractCoverage;
let gj: GenesysJourneyClient;

beforeAll(async () => {
  api = await createSpecValidator();
  coverage = contractCoverage(api);
  definition = await contractDefinition();
  emulator = await startGenesysEmulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, seed: 12, now: NOW });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  gj = makeClient(emulator.url, { fetch: coverage.start(), validation: 'strict' });
});

function expectValid(): void {
  expect(coverage.finish()).toEqual([]);
}

const SESSION_ID = '1d6d9a3e-6b7f-4a57-9b0e-4f1f0cbe6f0a';

describe('the contract definition', () => {
  it('is valid OpenAPI 3.0 made by swagger2openapi, with the eleven operations the client uses', async () => {
    // openapi-backend's strict mode refuses an invalid document at init; check it again on a fresh parse.
    const fresh = new OpenAPIBackend({ definition: definition as never, strict: true });
    await fresh.loadDocument();
    expect(() => fresh.validateDefinition()).not.toThrow();
    expect((api.definition as { openapi: string }).openapi).toMatch(/^3\.0\./);
    expect(
      api
        .getOperations()
        .map((operation) => operation.operationId)
        .sort(),
    ).toEqual(Object.values(OPERATIONS).sort());
  });

  it('agrees with the sessions subset the brief starts from, operation for operation', () => {
    const subset = loadSessionsSubset() as { paths: Record<string, unknown>; definitions: Record<string, unknown> };
    const full = clientOperations(loadSwagger()) as typeof subset;
    for (const [route, operations] of Object.entries(subset.paths)) expect(full.paths[route]).toEqual(operations);
    for (const [name, definition] of Object.entries(subset.definitions))
      expect(full.definitions[name]).toEqual(definition);
  });

  it('needs its correction: the raw spec refuses a list of event types, which its own description asks for', async () => {
    const raw = await createSpecValidator({ without: ['event-type-list'] });
    const list = await toSpecRequest(
      new Request(
        `http://x/api/v2/journey/sessions/${SESSION_ID}/events?eventType=${EVENT_TYPES.webEvent},${EVENT_TYPES.appEvent}`,
      ),
    );
    expect(raw.validateRequest(list).valid).toBe(false);
    expect(api.validateRequest(list).valid).toBe(true);
    const unknown = await toSpecRequest(
      new Request(`http://x/api/v2/journey/sessions/${SESSION_ID}/events?eventType=x`),
    );
    expect(api.validateRequest(unknown).valid).toBe(false);
  });

  it('catches what Genesys refuses: a web event without its required fields, a bad action state, 11 external events', async () => {
    const post = (path: string, body: unknown) =>
      new Request(`http://x${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const bad = [
      post('/api/v2/journey/deployments/d/webevents', { eventName: 'page_viewed' }),
      post('/api/v2/journey/deployments/d/actionevent', { sessionId: 's', actionId: 'a', actionState: 'done' }),
      post('/api/v2/journey/externalevents/configurations/c/events', { entities: new Array(11).fill({}) }),
    ];
    for (const request of bad) expect(api.validateRequest(await toSpecRequest(request)).valid).toBe(false);
  });
});

describe('every request the client sends is valid against the spec', () => {
  it('sessions: get, every event filter with cursor paging, outcome scores', async () => {
    const [session] = emulator.seeded;
    const id = session?.id as string;
    await gj.sessions.get(id);
    const all = await collect(gj.sessions.events(id, { pageSize: 1 }));
    expect(all).toHaveLength(session?.eventCount as number);
    await collect(gj.sessions.events(id, { eventType: EVENT_TYPES.webEvent, pageSize: 200 }));
    await collect(
      gj.sessions.events(id, {
        eventType: [EVENT_TYPES.appEvent, EVENT_TYPES.segmentAssignmentEvent, EVENT_TYPES.webActionEvent],
      }),
    );
    const first = await gj.sessions.events(id, { pageSize: 2 });
    if (first.raw.nextUri) {
      const after = new URL(first.raw.nextUri, 'http://x').searchParams.get('after') as string;
      await gj.sessions.events(id, { after, pageSize: 2 });
    }
    await gj.sessions.outcomeScores(id);
    expectValid();
    expect(coverage.exchanges.length).toBeGreaterThan(all.length);
  });

  it('contacts: sessions with every filter across pages, segments with every option, segment updates', async () => {
    const contactId = emulator.seeded[0]?.externalContact?.id as string;
    const sessions = await collect(gj.contacts.sessions(contactId, { includeMerged: true, pageSize: 1 }));
    expect(sessions.length).toBeGreaterThan(1);
    await collect(gj.contacts.sessions(contactId, { includeMerged: false }));
    await gj.contacts.segments(contactId);
    await gj.contacts.segments(contactId, { includeMerged: true, limit: 500 });
    await gj.contacts.updateSegments(contactId, { assign: ['vip-customers', { id: 'high-intent' }] });
    await gj.contacts.updateSegments(contactId, { unassign: { segments: [{ id: 'vip-customers' }] } });
    await gj.contacts.updateSegments(contactId, {});
    expectValid();
  });

  it('tracking: web, app and action events with every field, pings with every query, no token sent', async () => {
    const deploymentId = emulator.deploymentId;
    const attributes = { basketValue: { dataType: 'number', value: '129.95' } };
    const web = await gj.tracking.webEvent(deploymentId, {
      customerCookieId: 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b',
      eventName: 'page_viewed',
      page: { url: 'https://shop.example.com/checkout?step=2#pay', title: 'Checkout', keywords: 'shoes', lang: 'en' },
      userAgentString: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/129.0',
      browser: { family: 'Firefox', version: '129.0', lang: 'en-GB' },
      device: {
        category: 'desktop',
        type: 'Other',
        isMobile: false,
        screenHeight: 1080,
        screenWidth: 1920,
        screenDensity: 1,
        osFamily: 'Linux',
        osVersion: '6.9',
        manufacturer: 'Framework',
      },
      searchQuery: 'trail shoes',
      ipAddress: '203.0.113.7',
      referrerUrl: 'https://www.google.com/',
      attributes,
      traits: { email: { dataType: 'string', value: 'ada@example.com' } },
      externalId: 'crm-42',
      createdDate: NOW,
    });
    await gj.tracking.webEvent(deploymentId, {
      customerCookieId: 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b',
      eventName: 'order_completed',
      page: { url: 'https://shop.example.com/thanks', title: 'Thanks' },
      createdDate: new Date(NOW.getTime() + 1000).toISOString(),
    });
    await gj.tracking.appEvent(deploymentId, {
      eventName: 'screen_viewed',
      screenName: 'Basket',
      app: { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' },
      device: {
        category: 'mobile',
        type: 'iPhone',
        isMobile: true,
        screenHeight: 2556,
        screenWidth: 1179,
        screenDensity: 3,
        fingerprint: 'f-1',
        osFamily: 'iOS',
        osVersion: '18.1',
        manufacturer: 'Apple',
      },
      sdkLibrary: { name: 'genesys-journey-ios', version: '2.3.0' },
      networkConnectivity: { carrier: 'Three', bluetoothEnabled: false, cellularEnabled: true, wifiEnabled: true },
      referrerUrl: 'https://example.com/app',
      searchQuery: 'jacket',
      attributes,
      traits: { givenName: { dataType: 'string', value: 'Ada' } },
      externalId: 'crm-42',
      customerCookieId: 'b7d9e1f2-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      createdDate: NOW.toISOString(),
    });
    const ping = await gj.tracking.ping(deploymentId, 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b', {
      dl: 'https://shop.example.com/checkout',
      dt: 'Checkout',
      appNamespace: 'com.example.shop',
      sessionId: web.session.id as string,
      sinceLastBeaconMilliseconds: 30_000,
    });
    await gj.tracking.ping(deploymentId, 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b');
    const action = ping.actions?.[0];
    expect(action).toBeDefined();
    await gj.tracking.actionEvent(deploymentId, {
      sessionId: action?.sessionId as string,
      actionId: action?.id as string,
      actionState: 'errored',
      errorCode: 'E42',
      errorMessage: 'No agent available',
    });
    await gj.tracking.actionEvent(deploymentId, { sessionId: 's', actionId: 'a', actionState: 'frequencyCapReached' });
    expectValid();
    expect(coverage.exchanges.map((exchange) => exchange.authorization)).toEqual(coverage.exchanges.map(() => null));
    expect(emulator.tokenRequests).toBe(0);
  });

  it('external events with every field, one and ten at a time', async () => {
    const event = (index: number) => ({
      id: `order-${index}-shipped`,
      dateCreated: index % 2 === 0 ? NOW : NOW.toISOString(),
      identifiers: { externalIds: [{ externalSourceId: 'crm', value: `customer-${index}` }] },
      attributes: { order: { id: String(index), status: 'shipped', total: 12.5 } },
    });
    await gj.externalEvents.send('3f1c0b9e-1d2a-4b3c-9d4e-5f6a7b8c9d0e', [event(0)]);
    await gj.externalEvents.send(
      '3f1c0b9e-1d2a-4b3c-9d4e-5f6a7b8c9d0e',
      Array.from({ length: 10 }, (_, index) => event(index)),
    );
    expectValid();
  });

  it('covered every operation of the contract', (context) => {
    // Meaningful only after the four scenarios above (skipped when filtered out).
    if (coverage.scenarios < 4) context.skip();
    expect([...coverage.covered].sort()).toEqual(Object.values(OPERATIONS).sort());
  });
});

describe('responses generated from the spec parse with the client schemas', () => {
  const ctx = useTestServer();

  /** Serves `document` on every route of the client, with a token endpoint. */
  function serve(documents: Partial<Record<string, unknown>>): void {
    const reply = (operationId: string) => ({ json: documents[operationId] ?? {} });
    ctx.server
      .on('POST', '/oauth/token', { json: { access_token: 'token-from-spec-test', expires_in: 3600 } })
      .on('GET', '/api/v2/journey/sessions/:id', reply(OPERATIONS.getSession))
      .on('GET', '/api/v2/journey/sessions/:id/events', reply(OPERATIONS.listSessionEvents))
      .on('GET', '/api/v2/journey/sessions/:id/outcomescores', reply(OPERATIONS.getOutcomeScores))
      .on('GET', '/api/v2/externalcontacts/contacts/:id/journey/sessions', reply(OPERATIONS.listContactSessions))
      .on('GET', '/api/v2/externalcontacts/contacts/:id/journey/segments', reply(OPERATIONS.listContactSegments))
      .on('POST', '/api/v2/externalcontacts/contacts/:id/journey/segments', reply(OPERATIONS.updateContactSegments))
      .on('POST', '/api/v2/journey/deployments/:id/webevents', reply(OPERATIONS.postWebEvent))
      .on('POST', '/api/v2/journey/deployments/:id/appevents', reply(OPERATIONS.postAppEvent))
      .on('GET', '/api/v2/journey/deployments/:id/customers/:cookie/ping', reply(OPERATIONS.ping))
      .on('POST', '/api/v2/journey/externalevents/configurations/:id/events', reply(OPERATIONS.sendExternalEvents));
  }

  /** Calls the client method of each operation; list pages are returned raw. */
  const CALLS: Record<string, (client: GenesysJourneyClient) => Promise<unknown>> = {
    [OPERATIONS.getSession]: (client) => client.sessions.get(SESSION_ID),
    [OPERATIONS.listSessionEvents]: async (client) => (await client.sessions.events(SESSION_ID)).raw,
    [OPERATIONS.getOutcomeScores]: (client) => client.sessions.outcomeScores(SESSION_ID),
    [OPERATIONS.listContactSessions]: async (client) => (await client.contacts.sessions('contact-1')).raw,
    [OPERATIONS.listContactSegments]: (client) => client.contacts.segments('contact-1'),
    [OPERATIONS.updateContactSegments]: (client) => client.contacts.updateSegments('contact-1', { assign: ['s'] }),
    [OPERATIONS.postWebEvent]: (client) =>
      client.tracking.webEvent('d', {
        customerCookieId: 'c',
        eventName: 'e',
        page: { url: 'u', title: 't' },
        createdDate: NOW,
      }),
    [OPERATIONS.postAppEvent]: (client) =>
      client.tracking.appEvent('d', {
        eventName: 'e',
        screenName: 's',
        app: { name: 'a', namespace: 'n', version: '1', buildNumber: '1' },
        device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18' },
        customerCookieId: 'c',
        createdDate: NOW,
      }),
    [OPERATIONS.ping]: (client) => client.tracking.ping('d', 'c'),
    [OPERATIONS.sendExternalEvents]: (client) =>
      client.externalEvents.send('c', [
        {
          id: 'e',
          dateCreated: NOW,
          identifiers: { externalIds: [{ externalSourceId: 's', value: 'v' }] },
          attributes: {},
        },
      ]),
  };

  /** The 200 response schema name of an operation, from the definition. */
  function responseSchema(operationId: string): string {
    const paths = definition.paths as Record<string, Record<string, Record<string, unknown>>>;
    for (const methods of Object.values(paths)) {
      for (const operation of Object.values(methods)) {
        if (operation.operationId !== operationId) continue;
        const responses = operation.responses as Record<
          string,
          { content: Record<string, { schema: { $ref: string } }> }
        >;
        return responses['200']?.content['application/json']?.schema.$ref.split('/').pop() as string;
      }
    }
    throw new Error(`No operation ${operationId}`);
  }

  const PARSED = Object.keys(CALLS);

  it("openapi-backend's mock responses for every operation are valid and parse in strict mode, unchanged", async () => {
    const mocks = Object.fromEntries(
      PARSED.map((operationId) => [operationId, api.mockResponseForOperation(operationId).mock]),
    );
    for (const [operationId, mock] of Object.entries(mocks)) {
      expect(api.validateResponse(mock, operationId, 200).errors ?? [], operationId).toEqual([]);
    }
    // The mock listings carry a `nextUri`; the last page has none.
    for (const id of [OPERATIONS.listSessionEvents, OPERATIONS.listContactSessions]) {
      const { nextUri: _next, ...lastPage } = mocks[id] as Record<string, unknown>;
      mocks[id] = lastPage;
    }
    serve(mocks);
    const client = makeClient(ctx.server.url, { validation: 'strict', maxRetries: 0 });
    for (const operationId of PARSED) {
      expect(await CALLS[operationId]?.(client), operationId).toEqual(mocks[operationId]);
    }
  });

  const RANDOM_SAMPLES = 25;
  it(`${RANDOM_SAMPLES} random documents per response schema (json-schema-faker), valid for the spec, parse in strict mode`, {
    timeout: 60_000,
  }, async () => {
    const sample = specSampler(definition);
    const client = makeClient(ctx.server.url, { validation: 'strict', maxRetries: 0 });
    let used = 0;
    for (const operationId of PARSED) {
      for (let seed = 1; seed <= RANDOM_SAMPLES; seed += 1) {
        const document = sample(responseSchema(operationId), seed) as Record<string, unknown>;
        if ('nextUri' in document) delete document.nextUri;
        if (!api.validateResponse(document, operationId, 200).valid) continue;
        used += 1;
        ctx.server.reset();
        serve({ [operationId]: document });
        const result = await CALLS[operationId]?.(client).catch((error: unknown) => error);
        expect(result, `${operationId} seed ${seed}`).toEqual(document);
      }
    }
    expect(used).toBeGreaterThanOrEqual((PARSED.length * RANDOM_SAMPLES) / 2);
  });
});
