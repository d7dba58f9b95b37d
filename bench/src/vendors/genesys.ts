import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
import { SessionSchema } from '@sessionkit/genesys-journey/schemas';
import platformClient from 'purecloud-platform-client-v2';
import { compile } from 'zod/mini';
import { useLoopbackGateway } from './genesys-gateway.ts';
import type { VendorBench } from './vendor-bench.ts';

const TOKEN = 'bench-access-token';
const SESSION_ID = '8d0f2c47-6a3e-4c1b-9f5d-2e7a9b1c3d4e';

async function seededSessions(count: number): Promise<unknown[]> {
  const emulator = await startGenesysEmulator({ seed: Math.min(count, 200), now: new Date('2026-11-01T12:00:00Z') });
  try {
    const seeded = emulator.seeded.map((session) => JSON.parse(JSON.stringify(session)) as unknown);
    return Array.from({ length: count }, (_, index) => seeded[index % seeded.length]);
  } finally {
    await emulator.close();
  }
}

/**
 * The official SDK set up as its README shows for a Node app, pointed at the loopback server:
 *
 * - the shared `platformClient.ApiClient.instance` and `new platformClient.JourneyApi()` ("Making Requests"), given
 *   a token with `setAccessToken` ("Authentication: Any platform — Provide an existing auth token");
 * - the server through `setGateway` ("Setting an intermediate Gateway"), the documented way to send the API calls to
 *   another host than a region's;
 * - everything else at its documented default: logging `LNone` ("SDK Logging": `LNone - default`), the default axios
 *   client ("Inject custom Http Client": "By default the SDK will use axios"), its 16 s timeout. axios sends over
 *   Node's `http.globalAgent`, which keeps connections alive by default since Node 19; `setProxyAgent` only sets the
 *   `httpsAgent` of a proxy ("Using a Proxy"), so there is no agent to configure. axios's default `maxRedirects`
 *   sends through follow-redirects, a cost of the SDK's own default that stays. The SDK does not retry (it only
 *   refreshes an expired token of a code grant).
 */
function officialJourneyApi(baseUrl: string): { getJourneySession(id: string): Promise<unknown> } {
  const client = platformClient.ApiClient.instance;
  useLoopbackGateway(client, baseUrl);
  client.setAccessToken(TOKEN);
  return new platformClient.JourneyApi();
}

/** Genesys Cloud: `GET /api/v2/journey/sessions/{id}` with a bearer token. */
export const genesysBench: VendorBench = {
  vendor: 'genesys-journey',
  sessionPath: `/api/v2/journey/sessions/${SESSION_ID}`,
  sessionBody: async () => JSON.stringify({ ...((await seededSessions(1))[0] as object), id: SESSION_ID }),
  sessions: seededSessions,
  sessionSchema: SessionSchema,
  contenders(baseUrl) {
    const validated = new GenesysJourneyClient({ accessToken: TOKEN, baseUrl });
    const unvalidated = new GenesysJourneyClient({ accessToken: TOKEN, baseUrl, validation: 'off' });
    const compiled = new GenesysJourneyClient({ accessToken: TOKEN, baseUrl, compileSchema: compile });
    const official = officialJourneyApi(baseUrl);
    return [
      {
        name: 'raw fetch + JSON.parse',
        call: async () =>
          JSON.parse(
            await (
              await fetch(`${baseUrl}/api/v2/journey/sessions/${SESSION_ID}`, {
                headers: { authorization: `Bearer ${TOKEN}` },
              })
            ).text(),
          ),
      },
      { name: 'purecloud-platform-client-v2', call: () => official.getJourneySession(SESSION_ID) },
      { name: 'sessionkit (validation on)', call: () => validated.sessions.get(SESSION_ID) },
      { name: 'sessionkit (validation on, compiled)', call: () => compiled.sessions.get(SESSION_ID) },
      { name: 'sessionkit (validation off)', call: () => unvalidated.sessions.get(SESSION_ID) },
    ];
  },
  bundles: [
    {
      name: '@sessionkit/genesys-journey',
      source: `import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
const gj = new GenesysJourneyClient({ region: 'eu_west_1', clientId: 'id', clientSecret: 'secret' });
export const run = (id) => gj.sessions.get(id);`,
    },
    {
      name: 'purecloud-platform-client-v2',
      source: `import platformClient from 'purecloud-platform-client-v2';
const client = platformClient.ApiClient.instance;
client.setEnvironment(platformClient.PureCloudRegionHosts.eu_west_1);
const journey = new platformClient.JourneyApi();
export const run = async (id) => {
  await client.loginClientCredentialsGrant('id', 'secret');
  return journey.getJourneySession(id);
};`,
    },
    {
      // The floor of the fixed choices: ky and zod/mini with the client's session schema, and no other sessionkit code.
      name: 'floor: ky + zod/mini + SessionSchema',
      source: `import ky from 'ky';
import * as z from 'zod/mini';
import { SessionSchema } from '@sessionkit/genesys-journey/schemas';
export const run = async (id) => z.safeParse(SessionSchema, await ky('https://api.mypurecloud.ie/api/v2/journey/sessions/' + id, { headers: { authorization: 'Bearer k' }, retry: 2, timeout: 30000 }).json());`,
    },
  ],
  importSpecifier: '@sessionkit/genesys-journey',
};
