import { GenesysJourneyClient, NotFoundError } from '@sessionkit/genesys-journey';
import { listGetNotFound, runSteps, type ScenarioResult } from './scenario.ts';

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
  return runSteps([
    ...listGetNotFound({
      list: () => gj.contacts.sessions(config.contactId, { pageSize: 2 }),
      get: (id) => gj.sessions.get(id),
      idOf: (session) => session.id,
      missingId: config.missingId,
      NotFound: NotFoundError,
    }),
  ]);
}
