import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { GenesysJourneyClient, type GenesysRegion } from '@sessionkit/genesys-journey';
import type { DemoSource } from './demo-source.ts';

const SEEDED_SESSIONS = 30;

function contactIdsFrom(env: NodeJS.ProcessEnv): string[] {
  return (env.GENESYS_CONTACT_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

/**
 * Genesys Cloud journey sessions: live with `GENESYS_CLIENT_ID`, `GENESYS_CLIENT_SECRET`, `GENESYS_REGION` and
 * `GENESYS_CONTACT_IDS` (Genesys lists sessions per external contact only), otherwise a seeded emulator.
 */
export async function genesysSource(env: NodeJS.ProcessEnv): Promise<DemoSource> {
  const live = Boolean(env.GENESYS_CLIENT_ID && env.GENESYS_CLIENT_SECRET);
  const emulator = live ? undefined : await startGenesysEmulator({ seed: SEEDED_SESSIONS });
  const client = emulator
    ? new GenesysJourneyClient({
        clientId: 'demo-client',
        clientSecret: 'demo-secret',
        baseUrl: emulator.url,
        contactIds: emulator.contactIds,
      })
    : new GenesysJourneyClient({
        region: (env.GENESYS_REGION ?? 'us_east_1') as GenesysRegion,
        contactIds: contactIdsFrom(env),
      });
  return {
    vendor: 'genesys-journey',
    mode: live ? 'live' : 'emulator',
    where: emulator ? emulator.url : new URL(client.endpoints.apiUrl).host,
    summaries: (limit, signal) => client.sessions.recentSummaries({ maxItems: limit, signal }),
    async detail(summary, signal) {
      const session = await client.sessions.get(summary.id, { signal });
      const place = [session.geolocation?.locality, session.geolocation?.country].filter(Boolean).join(', ');
      return [
        ['type', session.type],
        ['last event', `${session.lastEvent.eventName} at ${session.lastEvent.createdDate}`],
        ['events', String(session.eventCount)],
        ['pages viewed', String(session.pageviewCount ?? 0)],
        ['browser', session.browser ? `${session.browser.family} ${session.browser.version}`.trim() : '–'],
        ['where', place || '–'],
        ['campaign', session.mktCampaign?.name ?? '–'],
        ['authenticated', session.authenticated ? 'yes' : 'no'],
      ];
    },
    close: async () => emulator?.close(),
  };
}
