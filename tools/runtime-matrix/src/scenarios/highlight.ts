import { HighlightClient, NotFoundError } from '@sessionkit/highlight';
import { listGetNotFound, runSteps, type ScenarioResult } from './scenario.ts';

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
  return runSteps([
    ...listGetNotFound({
      list: () => hl.sessions.search({ count: 2 }),
      get: (id) => hl.sessions.get(id),
      idOf: (session) => session.secure_id,
      missingId: config.missingId,
      NotFound: NotFoundError,
    }),
  ]);
}
