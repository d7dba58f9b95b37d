import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { VapiClient } from '@sessionkit/vapi';
import { SessionSchema } from '@sessionkit/vapi/schemas';
import { VapiClient as OfficialVapiClient } from '@vapi-ai/server-sdk';
import { compile } from 'zod/mini';
import type { VendorBench } from './vendor-bench.ts';

const KEY = 'bench-key';

async function seededSessions(count: number): Promise<unknown[]> {
  const emulator = await startVapiEmulator({ seed: Math.min(count, 200), now: new Date('2026-11-01T12:00:00Z') });
  try {
    const seeded = emulator.seeded.map((session) => JSON.parse(JSON.stringify(session)) as unknown);
    return Array.from({ length: count }, (_, index) => seeded[index % seeded.length]);
  } finally {
    await emulator.close();
  }
}

/** Vapi: `GET /session/{id}`. */
export const vapiBench: VendorBench = {
  vendor: 'vapi',
  sessionPath: '/session/3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa',
  sessionBody: async () => JSON.stringify((await seededSessions(1))[0]),
  sessions: seededSessions,
  sessionSchema: SessionSchema,
  contenders(baseUrl) {
    const id = '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa';
    const validated = new VapiClient({ apiKey: KEY, baseUrl });
    const unvalidated = new VapiClient({ apiKey: KEY, baseUrl, validation: 'off' });
    const compiled = new VapiClient({ apiKey: KEY, baseUrl, compileSchema: compile });
    // The official SDK as its README's "Usage" builds it (`new VapiClient({ token })`), pointed at the loopback
    // server with the documented `baseUrl` option ("Specify a custom URL to connect the client to"); the rest at its
    // documented defaults: the global fetch ("Runtime Compatibility"; Node 24's undici, which pools keep-alive
    // connections), 2 retries ("Retries"), a 60 s timeout ("Timeouts"), logging silent (`logging` option unset).
    const official = new OfficialVapiClient({ token: KEY, baseUrl });
    return [
      {
        name: 'raw fetch + JSON.parse',
        call: async () =>
          JSON.parse(
            await (await fetch(`${baseUrl}/session/${id}`, { headers: { authorization: `Bearer ${KEY}` } })).text(),
          ),
      },
      { name: '@vapi-ai/server-sdk', call: () => official.sessions.get({ id }) },
      { name: 'sessionkit (validation on)', call: () => validated.sessions.get(id) },
      { name: 'sessionkit (validation on, compiled)', call: () => compiled.sessions.get(id) },
      { name: 'sessionkit (validation off)', call: () => unvalidated.sessions.get(id) },
    ];
  },
  bundles: [
    {
      name: '@sessionkit/vapi',
      source: `import { VapiClient } from '@sessionkit/vapi';
const vapi = new VapiClient({ apiKey: 'k' });
export const run = (id) => vapi.sessions.get(id);`,
    },
    {
      name: '@vapi-ai/server-sdk',
      source: `import { VapiClient } from '@vapi-ai/server-sdk';
const vapi = new VapiClient({ token: 'k' });
export const run = (id) => vapi.sessions.get({ id });`,
    },
    {
      // The floor of the fixed choices: ky and zod/mini with the client's session schema, and no other sessionkit code.
      name: 'floor: ky + zod/mini + SessionSchema',
      source: `import ky from 'ky';
import * as z from 'zod/mini';
import { SessionSchema } from '@sessionkit/vapi/schemas';
export const run = async (id) => z.safeParse(SessionSchema, await ky('https://api.vapi.ai/session/' + id, { headers: { authorization: 'Bearer k' }, retry: 2, timeout: 30000 }).json());`,
    },
  ],
  importSpecifier: '@sessionkit/vapi',
};
