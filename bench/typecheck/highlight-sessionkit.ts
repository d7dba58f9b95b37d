// The type-checker bench program for @sessionkit/highlight: get one session, one page of a search, one error branch.
// (The official Highlight SDKs read no sessions, so this program has no official twin.)
import { HighlightClient, NotFoundError } from '@sessionkit/highlight';

const hl = new HighlightClient({ projectId: '1', token: 'token' });

export async function run(secureId: string): Promise<string> {
  try {
    const session = await hl.sessions.get(secureId);
    const page = await hl.sessions.search({ query: 'has_errors=true' });
    return `${session.identifier ?? session.secure_id} ${page.items.length}`;
  } catch (error) {
    if (error instanceof NotFoundError) return `missing: ${error.status}`;
    throw error;
  }
}
