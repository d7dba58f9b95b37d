import { GenesysJourneyClient, NotFoundError } from '@sessionkit/genesys-journey';
import { expectNotFound, runSteps, type ScenarioResult } from './scenario.ts';

export { runAndPrint } from './scenario.ts';

/** What the Genesys scenario needs: the emulator's URL (API and token endpoint), credentials, a contact, a missing id. */
export interface GenesysScenarioConfig {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly contactId: string;
  readonly missingId: string;
}

/** Genesys: a contact's sessions (after the OAuth token), the first of them by id, and a typed 404. */
export async function run(config: GenesysScenarioConfig): Promise<ScenarioResult> {
  const gj = new GenesysJourneyClient({
    baseUrl: config.baseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    timeoutMs: 5_000,
    maxRetries: 0,
  });
  let firstId = '';
  return runSteps([
    [
      'list',
      async () => {
        const page = await gj.contacts.sessions(config.contactId, { pageSize: 2 });
        firstId = page.items[0]?.id ?? '';
        if (!firstId) throw new Error('the first page is empty');
        return `${page.items.length} sessions`;
      },
    ],
    [
      'get',
      async () => {
        const session = await gj.sessions.get(firstId);
        if (session.id !== firstId) throw new Error(`asked for ${firstId}, got ${session.id}`);
        return session.id;
      },
    ],
    ['not-found', () => expectNotFound(() => gj.sessions.get(config.missingId), NotFoundError)],
  ]);
}
