import { validateInput } from '@sessionkit/core';
import { Page, PagePromise, type RequestOptions } from '@sessionkit/core/surface';
import type { GenesysResponse } from '../genesys-response.ts';
import { nextUriPaginator } from '../internal/paginator.ts';
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
  options: RequestOptions,
): PagePromise<Session, SessionListing, ContactSessionListQuery, GenesysResponse> {
  return new PagePromise(async () => {
    const listPath = `${contactPath(contactId)}/journey/sessions`;
    const query: ContactSessionListQuery = validateInput(
      ListContactSessionsParamsSchema,
      params ?? {},
      'Genesys contact session filters',
    );
    const paginator = nextUriPaginator<ContactSessionListQuery, Session, SessionListing>(
      listPath,
      (request, requestOptions) =>
        context.transport.page({ ...requestOptions, method: 'GET', ...request, schema: SessionListingSchema }),
    );
    return Page.first(paginator, query, options);
  });
}
