import { startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { DOCUMENTS, HighlightClient } from '@sessionkit/highlight';
import { GraphSessionSchema } from '@sessionkit/highlight/schemas';
import { compile } from 'zod/mini';
import type { VendorBench } from './vendor-bench.ts';

const TOKEN = 'bench-token';
const SECURE_ID = 'Xb7cQ2mN9pL4sT8vW1yZ3aD5fG6h';
const { query, operationName } = DOCUMENTS.GetSession;
const REQUEST = {
  method: 'POST',
  headers: { 'content-type': 'application/json', token: TOKEN },
  body: JSON.stringify({ query, operationName, variables: { secure_id: SECURE_ID } }),
} as const;

/** `count` sessions exactly as the private graph's `GetSession` returns them (the emulator runs the real schema). */
async function wireSessions(count: number): Promise<unknown[]> {
  const emulator = await startHighlightEmulator({
    seed: Math.min(count, 200),
    token: TOKEN,
    now: new Date('2026-11-01T12:00:00Z'),
  });
  try {
    const sessions = await Promise.all(
      emulator.seeded.map(async (seeded) => {
        const response = await fetch(emulator.privateGraphUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', token: TOKEN },
          body: JSON.stringify({ query, operationName, variables: { secure_id: seeded.secure_id } }),
        });
        return ((await response.json()) as { data: { session: unknown } }).data.session;
      }),
    );
    return Array.from({ length: count }, (_, index) => sessions[index % sessions.length]);
  } finally {
    await emulator.close();
  }
}

/** Highlight (self-hosted): the private graph's `GetSession` query, one `POST /private`. */
export const highlightBench: VendorBench = {
  vendor: 'highlight',
  sessionPath: '/private',
  sessionInit: REQUEST,
  sessionBody: async () =>
    JSON.stringify({ data: { session: { ...((await wireSessions(1))[0] as object), secure_id: SECURE_ID } } }),
  sessions: wireSessions,
  sessionSchema: GraphSessionSchema,
  contenders(baseUrl) {
    const options = { projectId: '1', privateGraphUrl: `${baseUrl}/private`, token: TOKEN };
    const validated = new HighlightClient(options);
    const unvalidated = new HighlightClient({ ...options, validation: 'off' });
    const compiled = new HighlightClient({ ...options, compileSchema: compile });
    return [
      {
        name: 'raw fetch + JSON.parse',
        call: async () => JSON.parse(await (await fetch(`${baseUrl}/private`, REQUEST)).text()),
      },
      { name: 'sessionkit (validation on)', call: () => validated.sessions.get(SECURE_ID) },
      { name: 'sessionkit (validation on, compiled)', call: () => compiled.sessions.get(SECURE_ID) },
      { name: 'sessionkit (validation off)', call: () => unvalidated.sessions.get(SECURE_ID) },
    ];
  },
  bundles: [
    {
      name: '@sessionkit/highlight',
      source: `import { HighlightClient } from '@sessionkit/highlight';
const hl = new HighlightClient({ projectId: '1', token: 'k' });
export const run = (id) => hl.sessions.get(id);`,
    },
    {
      // The official Node SDK reads no sessions (it only sends errors, logs and traces); its smallest use is shown.
      name: '@highlight-run/node',
      platform: 'node',
      source: `import { H } from '@highlight-run/node';
H.init({ projectID: '1' });
export const run = (message) => H.consumeError(new Error(message));`,
    },
    {
      // The floor of the fixed choices: ky and zod/mini with the client's session schema, and no other sessionkit code.
      name: 'floor: ky + zod/mini + GraphSessionSchema',
      source: `import ky from 'ky';
import * as z from 'zod/mini';
import { GraphSessionSchema } from '@sessionkit/highlight/schemas';
export const run = async (id) => z.safeParse(GraphSessionSchema, await ky.post('https://pri.highlight.io', { headers: { token: 'k' }, json: { query: 'query($id: String!) { session(secure_id: $id) { secure_id } }', variables: { id } }, retry: 2, timeout: 30000 }).json());`,
    },
  ],
  importSpecifier: '@sessionkit/highlight',
};
