import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { describe, expect, it } from 'vitest';
import { GenesysJourneyClient, isEventType } from '../src/index.ts';
import { collect, FAST_RETRY, makeClient, NOW, useEmulator, webEventInput } from './helpers.ts';

const ctx = useEmulator({ seed: 0, now: NOW });

/** A client with no credentials at all, as a browser page would use the tracking endpoints. */
function anonymous(url: string): GenesysJourneyClient {
  return new GenesysJourneyClient({ baseUrl: url, retry: FAST_RETRY, accessToken: undefined, clientId: undefined });
}

describe('tracking a visit', () => {
  it('web events open a session and extend it; the session and its events are then readable', async () => {
    const { emulator } = ctx;
    const tracker = anonymous(emulator.url);
    const first = await tracker.tracking.webEvent('dep-1', webEventInput());
    const second = await tracker.tracking.webEvent(
      'dep-1',
      webEventInput({
        eventName: 'order_completed',
        page: { url: 'https://shop.example.com/thanks?order=1042', title: 'Thank you' },
        createdDate: new Date(NOW.getTime() + 30_000),
      }),
    );
    expect(second.session.id).toBe(first.session.id);
    expect(second.session.eventCount).toBe(2);
    expect(second.page).toMatchObject({ hostname: 'shop.example.com', pathname: '/thanks', queryString: 'order=1042' });
    expect(emulator.server.calls.every((call) => call.headers.authorization === undefined)).toBe(true);
    expect(emulator.tokenRequests).toBe(0);

    const gj = makeClient(emulator.url);
    const session = await gj.sessions.get(first.session.id as string);
    expect(session).toMatchObject({
      type: 'web',
      eventCount: 2,
      durationInSeconds: 30,
      lastEvent: { eventName: 'order_completed' },
    });
    const events = await collect(gj.sessions.events(session.id));
    expect(
      events.map((event) => (isEventType(event, 'com.genesys.journey.WebEvent') ? event.webEvent.eventName : null)),
    ).toEqual(['page_viewed', 'order_completed']);
  });

  it('app events open an app session with the app and device', async () => {
    const { emulator } = ctx;
    const recorded = await anonymous(emulator.url).tracking.appEvent('dep-1', {
      eventName: 'screen_viewed',
      screenName: 'Basket',
      app: { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' },
      device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18.1' },
      customerCookieId: 'install-1',
      createdDate: NOW,
    });
    expect(recorded.session).toMatchObject({ eventCount: 1, screenviewCount: 1 });
    const session = await makeClient(emulator.url).sessions.get(recorded.session.id);
    expect(session).toMatchObject({ type: 'app', lastScreen: 'Basket', app: { namespace: 'com.example.shop' } });
  });

  it('a ping with dl returns an action for the active session; reporting its state is recorded (204)', async () => {
    const { emulator } = ctx;
    const tracker = anonymous(emulator.url);
    const cookie = webEventInput().customerCookieId;
    await tracker.tracking.webEvent('dep-1', webEventInput());
    expect((await tracker.tracking.ping('dep-1', cookie)).actions).toEqual([]);
    const ping = await tracker.tracking.ping('dep-1', cookie, {
      dl: 'https://shop.example.com/checkout',
      dt: 'Checkout',
    });
    const action = ping.actions?.[0];
    expect(action?.mediaType).toBe('webMessagingOffer');
    const result = await tracker.tracking.actionEvent('dep-1', {
      sessionId: action?.sessionId as string,
      actionId: action?.id as string,
      actionState: 'accepted',
    });
    expect(result).toBeUndefined();
    expect(emulator.store.actionEvents).toEqual([
      { deploymentId: 'dep-1', sessionId: action?.sessionId, actionId: action?.id, actionState: 'accepted' },
    ]);
  });

  it('external events are ingested with the token, and reported back when they fail', async () => {
    const { emulator } = ctx;
    const result = await makeClient(emulator.url).externalEvents.send('config-1', [
      {
        id: 'order-1042-shipped',
        dateCreated: NOW,
        identifiers: { externalIds: [{ externalSourceId: 'crm', value: 'crm-42' }] },
        attributes: { order: { id: '1042' } },
      },
    ]);
    expect(result).toEqual({ unprocessedEntities: [] });
    expect(emulator.store.externalEvents).toEqual([
      {
        configurationId: 'config-1',
        id: 'order-1042-shipped',
        dateCreated: NOW.toISOString(),
        identifiers: { externalIds: [{ externalSourceId: 'crm', value: 'crm-42' }] },
        attributes: { order: { id: '1042' } },
      },
    ]);
    expect(emulator.server.calls.at(-1)?.headers.authorization).toMatch(/^Bearer gt-/);
  });
});

describe('the emulator', () => {
  it('seeds the same data for the same count and clock, and serves CORS when asked', async () => {
    const a = await startGenesysEmulator({ seed: 6, now: NOW, cors: true });
    const b = await startGenesysEmulator({ seed: 6, now: NOW });
    try {
      expect(a.seeded).toEqual(b.seeded);
      expect(a.contactIds).toEqual(b.contactIds);
      expect(a.seeded.map((session) => session.type)).toContain('web');
      const preflight = await fetch(`${a.url}/api/v2/journey/sessions/x`, { method: 'OPTIONS' });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
