import type { ClientOptions } from '@sessionkit/core';
import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
import type { ClientProfile, ClientUnderTest } from '../profile.ts';

const CLIENT_ID = 'genesys-reliability-client';
const CLIENT_SECRET = 'genesys-reliability-secret-5e8a1c77f0';
const SEEDED = 20;
const WEB_EVENT = {
  customerCookieId: 'a3c8e2f0-6d1b-4f5e-9c7a-1b2d3e4f5a6b',
  eventName: 'page_viewed',
  page: { url: 'https://shop.example.com/checkout', title: 'Checkout' },
};

function underTest(emulator: GenesysEmulator, options: ClientOptions, clientSecret = CLIENT_SECRET): ClientUnderTest {
  const client = new GenesysJourneyClient({
    clientId: CLIENT_ID,
    clientSecret,
    baseUrl: emulator.url,
    tokenUrl: `${emulator.url}/oauth/token`,
    contactIds: emulator.contactIds,
    ...options,
  });
  const session = emulator.seeded.find((seeded) => (emulator.store.events.get(seeded.id)?.length ?? 0) >= 6);
  if (!session) throw new Error('the seeded emulator has no session with six events');
  const eventCount = emulator.store.events.get(session.id)?.length ?? 0;
  const { sessions, contacts, tracking, externalEvents } = client;
  return {
    emulator,
    read: {
      method: 'GET',
      pattern: '/api/v2/journey/sessions/:id',
      run: (requestOptions) => sessions.get(session.id, requestOptions),
      isCorrect: (result) => (result as { id?: string }).id === session.id,
    },
    write: {
      method: 'POST',
      pattern: '/api/v2/journey/deployments/:id/webevents',
      run: (requestOptions) =>
        tracking.webEvent(emulator.deploymentId, { ...WEB_EVENT, createdDate: new Date() }, requestOptions),
      isCorrect: (result) => typeof (result as { session?: { id?: string } }).session?.id === 'string',
    },
    walk: {
      method: 'GET',
      pattern: '/api/v2/journey/sessions/:id/events',
      run: async (requestOptions) => {
        let count = 0;
        for await (const _ of sessions.events(session.id, { pageSize: 2 }, requestOptions)) count += 1;
        return count;
      },
      isCorrect: (result) => result === eventCount,
    },
    oauth: {
      pattern: '/oauth/token',
      tokenRequests: () => emulator.tokenRequests,
      expireTokens: () => emulator.expireTokens(),
    },
    readId: (id) => sessions.get(id),
    readIdRoute: { method: 'GET', pattern: '/api/v2/journey/sessions/:sessionId', param: 'sessionId' },
    methods: {
      'sessions.get': (id, options) => sessions.get(id as never, options as never),
      'sessions.events': async (id, params, options) =>
        await sessions.events(id as never, params as never, options as never),
      'sessions.outcomeScores': (id, options) => sessions.outcomeScores(id as never, options as never),
      'sessions.toSummary': (value) => sessions.toSummary(value as never),
      'sessions.recentSummaries': async (options) => {
        for await (const _ of sessions.recentSummaries(options as never)) break;
      },
      'contacts.sessions': async (id, params, options) =>
        await contacts.sessions(id as never, params as never, options as never),
      'contacts.segments': (id, params, options) => contacts.segments(id as never, params as never, options as never),
      'contacts.updateSegments': (id, body, options) =>
        contacts.updateSegments(id as never, body as never, options as never),
      'tracking.webEvent': (id, event, options) => tracking.webEvent(id as never, event as never, options as never),
      'tracking.appEvent': (id, event, options) => tracking.appEvent(id as never, event as never, options as never),
      'tracking.actionEvent': (id, event, options) =>
        tracking.actionEvent(id as never, event as never, options as never),
      'tracking.ping': (id, cookie, params, options) =>
        tracking.ping(id as never, cookie as never, params as never, options as never),
      'externalEvents.send': (id, entities, options) =>
        externalEvents.send(id as never, entities as never, options as never),
    },
    withOptions: (more) => underTest(emulator, { ...options, ...more }, clientSecret),
    withCredential: (secret) => underTest(emulator, options, secret),
    close: () => emulator.close(),
  };
}

/** The Genesys Cloud journey client against its emulator, OAuth client credentials included. */
export const genesysProfile: ClientProfile = {
  vendor: 'genesys-journey',
  secrets: [CLIENT_SECRET],
  usesOAuth: true,
  async start() {
    // Genesys allows 300 requests a minute per token; the load and property suites make far more, and 429s are
    // exercised by the fault matrix instead.
    const emulator = await startGenesysEmulator({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      seed: SEEDED,
      rateLimit: { allowed: 1_000_000, windowSeconds: 60 },
    });
    return underTest(emulator, {});
  },
};
