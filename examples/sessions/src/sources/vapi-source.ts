import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { messageText, VapiClient } from '@sessionkit/vapi';
import type { DemoSource } from './demo-source.ts';

const SEEDED_SESSIONS = 40;

/** Vapi: live with `VAPI_API_KEY`, otherwise an emulator seeded with realistic sessions. */
export async function vapiSource(env: NodeJS.ProcessEnv): Promise<DemoSource> {
  const live = Boolean(env.VAPI_API_KEY);
  const emulator = live ? undefined : await startVapiEmulator({ seed: SEEDED_SESSIONS });
  const client = live
    ? new VapiClient({ apiKey: env.VAPI_API_KEY })
    : new VapiClient({ apiKey: 'demo-key', baseUrl: emulator?.url });
  return {
    vendor: 'vapi',
    mode: live ? 'live' : 'emulator',
    where: live ? 'api.vapi.ai' : (emulator?.url ?? ''),
    summaries: (limit, signal) => client.sessions.recentSummaries({ maxItems: limit, signal }),
    async detail(summary, signal) {
      const session = await client.sessions.get(summary.id, { signal });
      const last = session.messages?.at(-1);
      return [
        ['name', session.name ?? '–'],
        ['status', session.status ?? '–'],
        ['assistant', session.assistantId ?? '–'],
        ['cost', session.cost === undefined || session.cost === null ? '–' : `$${session.cost.toFixed(4)}`],
        ['messages', String(session.messages?.length ?? 0)],
        ['last message', last ? `${last.role}: ${messageText(last)}` : '–'],
      ];
    },
    close: async () => emulator?.close(),
  };
}
