// The type-checker bench program for @sessionkit/vapi: get one session, one page of a list, one error branch.
import { NotFoundError, VapiClient } from '@sessionkit/vapi';

const vapi = new VapiClient({ apiKey: 'bench-key' });

export async function run(id: string): Promise<string> {
  try {
    const session = await vapi.sessions.get(id);
    const page = await vapi.sessions.list({ limit: 10 });
    return `${session.name ?? session.id} ${page.items.length}`;
  } catch (error) {
    if (error instanceof NotFoundError) return `missing: ${error.status}`;
    throw error;
  }
}
