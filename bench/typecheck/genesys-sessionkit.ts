// The type-checker bench program for @sessionkit/genesys-journey: get one session, one page of its events, one
// error branch.
import { GenesysJourneyClient, NotFoundError } from '@sessionkit/genesys-journey';

const gj = new GenesysJourneyClient({ region: 'eu_west_1', clientId: 'id', clientSecret: 'secret' });

export async function run(id: string): Promise<string> {
  try {
    const session = await gj.sessions.get(id);
    const page = await gj.sessions.events(id, { pageSize: 10 });
    return `${session.type} ${page.items.length}`;
  } catch (error) {
    if (error instanceof NotFoundError) return `missing: ${error.status}`;
    throw error;
  }
}
