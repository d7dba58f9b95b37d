// The same program on the official Vapi SDK.
import { VapiClient, VapiError } from '@vapi-ai/server-sdk';

const vapi = new VapiClient({ token: 'bench-key' });

export async function run(id: string): Promise<string> {
  try {
    const session = await vapi.sessions.get({ id });
    const page = await vapi.sessions.list({ limit: 10 });
    return `${session.name ?? session.id} ${page.results.length}`;
  } catch (error) {
    if (error instanceof VapiError && error.statusCode === 404) return `missing: ${error.statusCode}`;
    throw error;
  }
}
