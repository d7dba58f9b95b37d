import { type ListOptions, type PagePromise, validateInput } from '@sessionkit/core';
import type { GenesysResponse } from '../genesys-response.ts';
import { nextUriList } from '../internal/paginator.ts';
import { ListContactSessionsParamsSchema } from '../params/list-contact-sessions.ts';
import { SessionListingSchema } from '../schemas/session.ts';
import type { ContactSessionListQuery, ListContactSessionsParams } from '../types/params.ts';
import type { Session, SessionListing } from '../types/session.ts';
import type { ResourceContext } from './context.ts';
import { contactPath } from './paths.ts';

/** The sessions of an external contact, page by page through `nextUri`; shared by `contacts` and `sessions`. */
export function listContactSessions(
  context: ResourceContext,
  contactId: string,
  params: ListContactSessionsParams,
  options: ListOptions,
): PagePromise<Session, SessionListing, ContactSessionListQuery, GenesysResponse> {
  return nextUriList<ContactSessionListQuery, Session, SessionListing>(
    context.transport,
    SessionListingSchema,
    () => ({
      listPath: `${contactPath(contactId)}/journey/sessions`,
      query: validateInput(ListContactSessionsParamsSchema, params ?? {}, 'Genesys contact session filters'),
    }),
    options,
  );
}

/** The pages of an external contact's sessions, each fetched when the previous one has been read (`recentSummaries`). */
export async function* contactSessionPages(
  context: ResourceContext,
  contactId: string,
  params: ListContactSessionsParams,
  options: ListOptions,
): AsyncGenerator<readonly Session[], void, undefined> {
  const first = await listContactSessions(context, contactId, params, options);
  for await (const page of first.iterPages()) yield page.items;
}
