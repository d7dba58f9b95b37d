import { startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { HighlightClient } from '@sessionkit/highlight';
import type { DemoSource } from './demo-source.ts';

const SEEDED_SESSIONS = 30;

function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/**
 * Highlight (self-hosted): live with `HIGHLIGHT_TOKEN` (or `HIGHLIGHT_CLIENT_ID` + `HIGHLIGHT_CLIENT_SECRET`) and
 * `HIGHLIGHT_PROJECT_ID`, at `HIGHLIGHT_PRIVATE_GRAPH_URL` / `HIGHLIGHT_PUBLIC_GRAPH_URL`; otherwise a seeded emulator.
 */
export async function highlightSource(env: NodeJS.ProcessEnv): Promise<DemoSource> {
  const live = Boolean(env.HIGHLIGHT_TOKEN || (env.HIGHLIGHT_CLIENT_ID && env.HIGHLIGHT_CLIENT_SECRET));
  const emulator = live ? undefined : await startHighlightEmulator({ seed: SEEDED_SESSIONS, token: 'demo-token' });
  const client = emulator
    ? new HighlightClient({
        projectId: emulator.projectId,
        publicGraphUrl: emulator.publicGraphUrl,
        privateGraphUrl: emulator.privateGraphUrl,
        token: 'demo-token',
      })
    : new HighlightClient();
  return {
    vendor: 'highlight',
    mode: live ? 'live' : 'emulator',
    where: emulator ? emulator.url : client.endpoints.privateGraphUrl,
    summaries: (limit, signal) => client.sessions.recentSummaries({ maxItems: limit, signal }),
    async detail(summary, signal) {
      const session = await client.sessions.get(summary.id, {}, { signal });
      const place = [session.city, session.country].filter(Boolean).join(', ');
      return [
        ['identifier', session.identifier || '–'],
        ['browser', [session.browser_name, session.browser_version].filter(Boolean).join(' ') || '–'],
        ['os', [session.os_name, session.os_version].filter(Boolean).join(' ') || '–'],
        ['where', place || '–'],
        ['environment', session.environment || '–'],
        ['active time', duration(session.active_length)],
        ['errors', String(session.errors_count ?? 0)],
        ['viewed', session.viewed ? 'yes' : 'no'],
      ];
    },
    close: async () => emulator?.close(),
  };
}
