import type { ClientOptions } from '@sessionkit/core';
import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { VapiClient } from '@sessionkit/vapi';
import type { ClientProfile, ClientUnderTest, RunningEmulator } from '../profile.ts';

const API_KEY = 'vapi-reliability-key-73c1e9d2a4';
const SEEDED = 25;

function underTest(emulator: RunningEmulator, sessionId: string, options: ClientOptions): ClientUnderTest {
  const client = new VapiClient({ apiKey: API_KEY, baseUrl: emulator.url, ...options });
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
    withOptions: (more) => underTest(emulator, sessionId, { ...options, ...more }),
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
