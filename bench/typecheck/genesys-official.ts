// The same program on the official Genesys Cloud SDK.
import platformClient from 'purecloud-platform-client-v2';

const journey = new platformClient.JourneyApi();

export async function run(id: string): Promise<string> {
  try {
    const session = await journey.getJourneySession(id);
    const page = await journey.getJourneySessionEvents(id, { pageSize: '10' });
    return `${session.type} ${page.entities?.length ?? 0}`;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return `missing: ${status}`;
    throw error;
  }
}
