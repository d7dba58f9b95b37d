import { HighlightClient, NotFoundError } from '@sessionkit/highlight';
import { expectNotFound, runSteps, type ScenarioResult } from './scenario.ts';

export { runAndPrint } from './scenario.ts';

/** What the Highlight scenario needs: the emulator's URL, project, token, and a secure id no session has. */
export interface HighlightScenarioConfig {
  readonly baseUrl: string;
  readonly projectId: string;
  readonly token: string;
  readonly missingId: string;
}

/** Highlight: one page of a session search, the first of them by secure id, and a typed 404. */
export async function run(config: HighlightScenarioConfig): Promise<ScenarioResult> {
  const hl = new HighlightClient({
    baseUrl: config.baseUrl,
    projectId: config.projectId,
    token: config.token,
    timeoutMs: 5_000,
    maxRetries: 0,
  });
  let firstId = '';
  return runSteps([
    [
      'list',
      async () => {
        const page = await hl.sessions.search({ count: 2 });
        firstId = page.items[0]?.secure_id ?? '';
        if (!firstId) throw new Error('the first page is empty');
        return `${page.items.length} sessions`;
      },
    ],
    [
      'get',
      async () => {
        const session = await hl.sessions.get(firstId);
        if (session.secure_id !== firstId) throw new Error(`asked for ${firstId}, got ${session.secure_id}`);
        return session.secure_id;
      },
    ],
    ['not-found', () => expectNotFound(() => hl.sessions.get(config.missingId), NotFoundError)],
  ]);
}
