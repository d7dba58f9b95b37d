import type { ClientOptions } from '@sessionkit/core';
import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { VapiClient } from '@sessionkit/vapi';
import type { ClientProfile, ClientUnderTest, RunningEmulator } from '../profile.ts';

const API_KEY = 'vapi-reliability-key-73c1e9d2a4';
const SEEDED = 25;

function underTest(
  emulator: RunningEmulator,
  sessionId: string,
  options: ClientOptions,
  apiKey = API_KEY,
): ClientUnderTest {
  const client = new VapiClient({ apiKey, baseUrl: emulator.url, ...options });
  const sessions = client.sessions;
  return {
    emulator,
    read: {
      method: 'GET',
      pattern: '/session/:id',
      run: (requestOptions) => client.sessions.get(sessionId, requestOptions),
      isCorrect: (result) => (result as { id?: string }).id === sessionId,
    },
    write: {
      method: 'POST',
      pattern: '/session',
      run: (requestOptions) => client.sessions.create({ name: 'reliability' }, requestOptions),
      isCorrect: (result) => (result as { name?: string }).name === 'reliability',
    },
    walk: {
      method: 'GET',
      pattern: '/session',
      run: async (requestOptions) => {
        let count = 0;
        for await (const _ of client.sessions.list({ limit: 10 }, requestOptions)) count += 1;
        return count;
      },
      isCorrect: (result) => typeof result === 'number' && result >= SEEDED,
    },
    readId: (id) => sessions.get(id),
    readIdRoute: { method: 'GET', pattern: '/session/:id', param: 'id' },
    methods: {
      'sessions.create': (body, options) => sessions.create(body as never, options as never),
      'sessions.get': (id, options) => sessions.get(id as never, options as never),
      'sessions.update': (id, patch, options) => sessions.update(id as never, patch as never, options as never),
      'sessions.delete': (id, options) => sessions.delete(id as never, options as never),
      'sessions.list': async (params, options) => await sessions.list(params as never, options as never),
      'sessions.chats': async (id, params, options) =>
        await sessions.chats(id as never, params as never, options as never),
      'sessions.send': (id, input, options) => sessions.send(id as never, input as never, options as never),
      'sessions.toSummary': (session) => sessions.toSummary(session as never),
      'sessions.recentSummaries': async (options) => {
        for await (const _ of sessions.recentSummaries(options as never)) break;
      },
    },
    withOptions: (more) => underTest(emulator, sessionId, { ...options, ...more }, apiKey),
    withCredential: (secret) => underTest(emulator, sessionId, options, secret),
    close: () => emulator.close(),
  };
}

/** The Vapi client against its emulator. */
export const vapiProfile: ClientProfile = {
  vendor: 'vapi',
  secrets: [API_KEY],
  async start() {
    const emulator = await startVapiEmulator({ apiKey: API_KEY, seed: SEEDED });
    const sessionId = emulator.seeded[0]?.id as string;
    return underTest(emulator, sessionId, {});
  },
};
