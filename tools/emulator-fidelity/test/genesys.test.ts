import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import platformClient from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coverage } from '../src/coverage.ts';
import { journeyOperations, SdkModels } from '../src/genesys-sdk.ts';

// purecloud-platform-client-v2 262 (through setGateway, as a local server needs) against the Genesys emulator: each
// operation its JourneyApi exposes for the emulated resources, each response compared field by field with the
// model the SDK's index.d.ts declares for it.
const operations = journeyOperations(platformClient.JourneyApi);
const coverage = new Coverage(
  'Genesys',
  'purecloud-platform-client-v2 262.0.0',
  operations.map((operation) => operation.name),
);
const models = new SdkModels();

/** The response matches the model the SDK declares for the operation, field by field. */
function expectModel(operation: string, value: unknown): void {
  const model = models.returnOf(operation);
  expect(model, `${operation} resolves with a model`).toMatch(/^[A-Z]\w+$/);
  expect(models.compare(value, model)).toEqual([]);
}

describe('purecloud-platform-client-v2 against the Genesys emulator', () => {
  let emulator: GenesysEmulator;
  let journey: InstanceType<typeof platformClient.JourneyApi>;
  const client = platformClient.ApiClient.instance;
  beforeAll(async () => {
    emulator = await startGenesysEmulator({ seed: 9, clientId: 'fidelity-id', clientSecret: 'fidelity-secret' });
    const port = Number(new URL(emulator.url).port);
    client.setGateway({ host: '127.0.0.1', protocol: 'http', port, path_params_login: '', path_params_api: '' });
    await client.loginClientCredentialsGrant('fidelity-id', 'fidelity-secret');
    journey = new platformClient.JourneyApi();
  });
  afterAll(async () => {
    coverage.report();
    await emulator?.close();
  });

  it('finds the eleven operations of the emulated resources in the SDK', () => {
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toHaveLength(11);
  });

  it('the field-by-field comparison catches an undeclared field, a missing required one and a wrong type', () => {
    const drifted = { id: 's', type: 'web', eventCount: '3', authenticated: false, createdDate: 'x', extra: 1 };
    expect(models.compare(drifted, 'Session')).toEqual([
      'Session.eventCount: expected number, got string',
      'Session.lastEvent: required by Session, missing',
      'Session.extra: not a field of Session',
    ]);
  });

  it('getJourneySession', async () => {
    const seeded = emulator.seeded[emulator.seeded.length - 1];
    const session = await journey.getJourneySession(seeded?.id ?? '');
    expect(session.id).toBe(seeded?.id);
    expectModel('getJourneySession', session);
    coverage.pass('getJourneySession');
  });

  it('getJourneySessionEvents (cursor paging through nextUri, eventType filter)', async () => {
    const seeded = [...emulator.seeded].sort((a, b) => b.eventCount - a.eventCount)[0];
    const id = seeded?.id ?? '';
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await journey.getJourneySessionEvents(id, { pageSize: '2', ...(after ? { after } : {}) });
      expectModel('getJourneySessionEvents', page);
      seen.push(...(page.entities ?? []).map((event) => event.id));
      after = page.nextUri ? (new URL(page.nextUri, emulator.url).searchParams.get('after') ?? undefined) : undefined;
    } while (after);
    expect(seen).toEqual(emulator.store.events.get(id)?.map((event) => event.id));
    const webOnly = await journey.getJourneySessionEvents(id, { eventType: 'com.genesys.journey.WebEvent' });
    expect((webOnly.entities ?? []).every((event) => event.eventType === 'com.genesys.journey.WebEvent')).toBe(true);
    coverage.pass('getJourneySessionEvents');
  });

  it('getJourneySessionOutcomescores', async () => {
    const result = await journey.getJourneySessionOutcomescores(emulator.seeded[0]?.id ?? '');
    expectModel('getJourneySessionOutcomescores', result);
    coverage.pass('getJourneySessionOutcomescores');
  });

  it('getExternalcontactsContactJourneySessions (with includeMerged)', async () => {
    const contactId = emulator.contactIds[0] ?? '';
    const page = await journey.getExternalcontactsContactJourneySessions(contactId, {
      pageSize: '200',
      includeMerged: true,
    });
    expectModel('getExternalcontactsContactJourneySessions', page);
    expect((page.entities ?? []).length).toBeGreaterThan(0);
    coverage.pass('getExternalcontactsContactJourneySessions');
  });

  it('getExternalcontactsContactJourneySegments and postExternalcontactsContactJourneySegments', async () => {
    const contactId = emulator.contactIds[1] ?? '';
    const before = await journey.getExternalcontactsContactJourneySegments(contactId, { limit: 500 });
    expectModel('getExternalcontactsContactJourneySegments', before);
    coverage.pass('getExternalcontactsContactJourneySegments');

    const updated = await journey.postExternalcontactsContactJourneySegments(contactId, {
      body: { assign: { segments: [{ id: 'fidelity-segment' }] }, unassign: { segments: [{ id: 'never-assigned' }] } },
    });
    expectModel('postExternalcontactsContactJourneySegments', updated);
    expect(updated.unprocessedItems).toMatchObject({ count: 1 });
    const after = await journey.getExternalcontactsContactJourneySegments(contactId, { limit: 500 });
    expect((after.entities ?? []).map((entry) => entry.segment.id)).toContain('fidelity-segment');
    coverage.pass('postExternalcontactsContactJourneySegments');
  });

  it('postJourneyDeploymentWebevents, postJourneyDeploymentActionevent, getJourneyDeploymentCustomerPing', async () => {
    const { deploymentId } = emulator;
    const event = await journey.postJourneyDeploymentWebevents(deploymentId, {
      body: {
        customerCookieId: 'fidelity-cookie',
        eventName: 'page_viewed',
        page: { url: 'https://shop.example.com/checkout?step=2', title: 'Checkout' },
        createdDate: emulator.clock.now().toISOString(),
      },
    });
    expectModel('postJourneyDeploymentWebevents', event);
    expect(emulator.store.sessions.get(event.session?.id ?? '')?.pageviewCount).toBe(1);
    coverage.pass('postJourneyDeploymentWebevents');

    const ping = await journey.getJourneyDeploymentCustomerPing(deploymentId, 'fidelity-cookie', {
      dl: 'https://shop.example.com/checkout',
      dt: 'Checkout',
    });
    expectModel('getJourneyDeploymentCustomerPing', ping);
    expect(ping.actions?.[0]?.sessionId).toBe(event.session?.id);
    coverage.pass('getJourneyDeploymentCustomerPing');

    const actionId = ping.actions?.[0]?.id ?? '';
    const none = await journey.postJourneyDeploymentActionevent(deploymentId, {
      sessionId: event.session?.id ?? '',
      actionId,
      actionState: 'qualified',
    });
    expect(none).toBeUndefined();
    expect(emulator.store.actionEvents.at(-1)).toMatchObject({ actionId, actionState: 'qualified' });
    coverage.pass('postJourneyDeploymentActionevent');
  });

  it('postJourneyDeploymentAppevents', async () => {
    const event = await journey.postJourneyDeploymentAppevents(emulator.deploymentId, {
      body: {
        eventName: 'screen_viewed',
        screenName: 'Basket',
        app: { name: 'Shop', namespace: 'com.example.shop', version: '3.1.0', buildNumber: '310' },
        device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '17.6' },
        customerCookieId: 'fidelity-app',
        createdDate: emulator.clock.now().toISOString(),
      },
    });
    expectModel('postJourneyDeploymentAppevents', event);
    coverage.pass('postJourneyDeploymentAppevents');
  });

  it('postJourneyExternaleventsConfigurationEvents', async () => {
    const result = await journey.postJourneyExternaleventsConfigurationEvents('fidelity-config', {
      body: {
        entities: [
          {
            id: 'ext-1',
            dateCreated: emulator.clock.now().toISOString(),
            identifiers: { externalIds: [{ value: 'ada@example.com', externalSourceId: 'crm' }] },
            attributes: { orderValue: 42 as unknown as object },
          },
        ],
      },
    });
    expectModel('postJourneyExternaleventsConfigurationEvents', result);
    expect(result.unprocessedEntities).toEqual([]);
    expect(emulator.store.externalEvents.at(-1)).toMatchObject({ configurationId: 'fidelity-config', id: 'ext-1' });
    coverage.pass('postJourneyExternaleventsConfigurationEvents');
  });

  it('an operation the emulator does not serve answers ErrorBody with contextId = ININ-Correlation-Id', async () => {
    client.setReturnExtendedResponses(true);
    try {
      for (const call of [() => journey.getJourneySegments(), () => journey.getJourneyActionmaps()]) {
        const error = (await call().catch((caught: unknown) => caught)) as {
          status: number;
          headers: Record<string, string>;
          body: Record<string, unknown>;
        };
        expect(error.status).toBe(404);
        expect(models.compare(error.body, 'ErrorBody')).toEqual([]);
        expect(error.body).toMatchObject({ code: 'not.found', status: 404 });
        expect(error.body.contextId).toBe(error.headers['inin-correlation-id']);
      }
    } finally {
      client.setReturnExtendedResponses(false);
    }
  });

  it('an expired token is refused with Genesys’ 401 ErrorBody', async () => {
    emulator.expireTokens();
    const error = (await journey
      .getJourneySession(emulator.seeded[0]?.id ?? '')
      .catch((caught: unknown) => caught)) as Record<string, unknown>;
    expect(models.compare(error, 'ErrorBody')).toEqual([]);
    expect(error).toMatchObject({ status: 401, code: 'bad.credentials' });
    await client.loginClientCredentialsGrant('fidelity-id', 'fidelity-secret');
    expect((await journey.getJourneySession(emulator.seeded[0]?.id ?? '')).id).toBe(emulator.seeded[0]?.id);
  });
});
