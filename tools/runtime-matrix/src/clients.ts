import { createHmac } from 'node:crypto';
import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import type { RecordedRequest } from '@sessionkit/test-server';
import type { ClientName } from './bundle.ts';
import type { GenesysScenarioConfig } from './scenarios/genesys-journey.ts';
import type { HighlightScenarioConfig } from './scenarios/highlight.ts';
import type { VapiScenarioConfig } from './scenarios/vapi.ts';

/** A client's emulator, started for one run: the scenario's config and the requests the emulator received. */
export interface StartedEmulator {
  readonly config: VapiScenarioConfig | GenesysScenarioConfig | HighlightScenarioConfig;
  /** The requests of the scenario's three steps (token requests left out). */
  scenarioCalls(): readonly RecordedRequest[];
  close(): Promise<void>;
}

const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

/** A Svix-style `session.created` server message, signed here by node:crypto, for the scenario's verify step. */
function signedWebhook(): VapiScenarioConfig['webhook'] {
  const plan = {
    type: 'hmac',
    secretKey: 'whsec_matrix-secret',
    algorithm: 'sha256',
    signatureEncoding: 'base64',
    signaturePrefix: 'v1,',
    signatureHeader: 'svix-signature',
    timestampHeader: 'svix-timestamp',
    messageIdHeader: 'svix-id',
    payloadFormat: '{svix-id}.{timestamp}.{body}',
  } as const;
  const session = { id: MISSING_UUID, orgId: MISSING_UUID, createdAt: new Date().toISOString(), status: 'active' };
  const body = JSON.stringify({
    message: { type: 'session.created', timestamp: Date.now(), session: { ...session, updatedAt: session.createdAt } },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const id = 'msg_matrix';
  const signature = createHmac('sha256', plan.secretKey).update(`${id}.${timestamp}.${body}`).digest('base64');
  return {
    plan,
    url: 'https://hooks.example.com/vapi',
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': timestamp,
      'svix-signature': `v1,${signature}`,
    },
    body,
  };
}

/** Starts `client`'s emulator on 127.0.0.1 at a random port, seeded with a few sessions. */
export async function startEmulatorFor(client: ClientName): Promise<StartedEmulator> {
  switch (client) {
    case 'vapi': {
      const emulator = await startVapiEmulator({ seed: 3, apiKey: 'matrix-key' });
      return {
        config: { baseUrl: emulator.url, apiKey: 'matrix-key', missingId: MISSING_UUID, webhook: signedWebhook() },
        scenarioCalls: () => emulator.server.calls,
        close: () => emulator.close(),
      };
    }
    case 'genesys-journey': {
      const emulator = await startGenesysEmulator({ seed: 3, clientId: 'matrix-id', clientSecret: 'matrix-secret' });
      return {
        config: {
          baseUrl: emulator.url,
          clientId: 'matrix-id',
          clientSecret: 'matrix-secret',
          contactId: emulator.contactIds[0] ?? '',
          missingId: MISSING_UUID,
        },
        scenarioCalls: () => emulator.server.calls.filter((call) => call.path !== '/oauth/token'),
        close: () => emulator.close(),
      };
    }
    case 'highlight': {
      const emulator = await startHighlightEmulator({ seed: 3, token: 'matrix-token' });
      return {
        config: {
          baseUrl: emulator.url,
          projectId: emulator.projectId,
          token: 'matrix-token',
          missingId: '0000000000000000000000000000',
        },
        scenarioCalls: () => emulator.server.calls,
        close: () => emulator.close(),
      };
    }
  }
}
