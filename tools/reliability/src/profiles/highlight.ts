import type { ClientOptions } from '@sessionkit/core';
import { type HighlightEmulator, startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { HighlightClient } from '@sessionkit/highlight';
import type { RecordedRequest } from '@sessionkit/test-server';
import type { ClientProfile, ClientUnderTest } from '../profile.ts';

const CLIENT_ID = 'highlight-reliability-client';
const CLIENT_SECRET = 'highlight-reliability-secret-9b2f4e61c3';
const SEEDED = 24;

function operation(call: RecordedRequest): unknown {
  return (call.body as { operationName?: unknown } | undefined)?.operationName;
}

function variables(call: RecordedRequest): Record<string, unknown> {
  return ((call.body as { variables?: Record<string, unknown> } | undefined)?.variables ?? {}) as Record<
    string,
    unknown
  >;
}

function underTest(emulator: HighlightEmulator, options: ClientOptions, clientSecret = CLIENT_SECRET): ClientUnderTest {
  const client = new HighlightClient({
    projectId: emulator.projectId,
    publicGraphUrl: emulator.publicGraphUrl,
    privateGraphUrl: emulator.privateGraphUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: CLIENT_ID,
    clientSecret,
    ...options,
  });
  const secureId = emulator.seeded.at(-1)?.secure_id as string;
  const { sessions } = client;
  return {
    emulator,
    read: {
      method: 'POST',
      pattern: '/private',
      matches: (call) => operation(call) === 'GetSession',
      run: (requestOptions) => sessions.get(secureId, {}, requestOptions),
      isCorrect: (result) => (result as { secure_id?: string }).secure_id === secureId,
    },
    write: {
      method: 'POST',
      pattern: '/public',
      matches: (call) => operation(call) === 'AddSessionFeedback',
      run: async (requestOptions) => {
        await sessions.addFeedback(secureId, { verbatim: 'reliability feedback' }, requestOptions);
        return emulator.store.sessions.get(secureId)?.session_feedback.length;
      },
      isCorrect: (result) => result === 1,
    },
    walk: {
      method: 'POST',
      pattern: '/private',
      matches: (call) => operation(call) === 'GetSessions',
      run: async (requestOptions) => {
        let count = 0;
        for await (const _ of sessions.search({ count: 5 }, requestOptions)) count += 1;
        return count;
      },
      isCorrect: (result) => result === SEEDED,
    },
    oauth: {
      pattern: '/oauth/token',
      tokenRequests: () => emulator.oauth.issuedCount,
      expireTokens: () => emulator.oauth.revokeAll(),
    },
    readId: (id) => sessions.get(id),
    readIdRoute: { method: 'POST', pattern: '/private', param: 'secure_id', idOf: (call) => variables(call).secure_id },
    methods: {
      'sessions.initialize': (params, options) => sessions.initialize(params as never, options as never),
      'sessions.identify': (id, user, options) => sessions.identify(id as never, user as never, options as never),
      'sessions.addProperties': (id, properties, options) =>
        sessions.addProperties(id as never, properties as never, options as never),
      'sessions.addFeedback': (id, feedback, options) =>
        sessions.addFeedback(id as never, feedback as never, options as never),
      'sessions.search': async (params, options) => await sessions.search(params as never, options as never),
      'sessions.get': (id, params, options) => sessions.get(id as never, params as never, options as never),
      'sessions.intervals': (id, options) => sessions.intervals(id as never, options as never),
      'sessions.errors': (id, options) => sessions.errors(id as never, options as never),
      'sessions.markViewed': (id, viewed, options) =>
        sessions.markViewed(id as never, viewed as never, options as never),
      'sessions.setPublic': (id, value, options) => sessions.setPublic(id as never, value as never, options as never),
      'sessions.toSummary': (value) => sessions.toSummary(value as never),
      request: (request, options) => client.request(request as never, options as never),
      'sessions.recentSummaries': async (options) => {
        for await (const _ of sessions.recentSummaries(options as never)) break;
      },
    },
    withOptions: (more) => underTest(emulator, { ...options, ...more }, clientSecret),
    withCredential: (secret) => underTest(emulator, options, secret),
    close: () => emulator.close(),
  };
}

/** The Highlight client against its emulator, over both graphs, with OAuth client credentials on the private graph. */
export const highlightProfile: ClientProfile = {
  vendor: 'highlight',
  secrets: [CLIENT_SECRET],
  usesOAuth: true,
  async start() {
    const emulator = await startHighlightEmulator({
      seed: SEEDED,
      oauthClients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }],
    });
    return underTest(emulator, {});
  },
};
