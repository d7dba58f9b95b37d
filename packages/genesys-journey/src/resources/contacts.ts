import { validateInput } from '@sessionkit/core';
import type { ApiPromise, ListOptions, PagePromise, RequestOptions } from '@sessionkit/core/surface';
import type { GenesysResponse } from '../genesys-response.ts';
import { ContactSegmentsParamsSchema, UpdateSegmentsParamsSchema } from '../params/contact-segments.ts';
import { SegmentAssignmentListingSchema, UpdateSegmentAssignmentResponseSchema } from '../schemas/segments.ts';
import type {
  ContactSegmentsParams,
  ContactSessionListQuery,
  ListContactSessionsParams,
  UpdateSegmentsParams,
} from '../types/params.ts';
import type { SegmentAssignmentListing, UpdateSegmentAssignmentResponse } from '../types/segments.ts';
import type { Session, SessionListing } from '../types/session.ts';
import { listContactSessions } from './contact-sessions.ts';
import type { ResourceContext } from './context.ts';
import { contactPath } from './paths.ts';

/**
 * The journey of an external contact (`/api/v2/externalcontacts/contacts/{contactId}/journey/…`): its sessions and its
 * segment assignments.
 *
 * @example
 * ```ts
 * for await (const session of gj.contacts.sessions(contactId, { includeMerged: true })) console.log(session.id);
 * await gj.contacts.updateSegments(contactId, { assign: ['vip-customers'] });
 * ```
 */
export class ContactsResource {
  readonly #context: ResourceContext;

  /** @internal Built by `GenesysJourneyClient`. */
  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * The sessions of an external contact (`GET …/contacts/{contactId}/journey/sessions`). Await it for the first
   * `Page`, `.withResponse()` for the first page with its `GenesysResponse`, or iterate it with `for await` for every
   * session, following `nextUri` page after page. Nothing is sent until it is awaited or iterated. They come in
   * Genesys' order (the spec names none; newest first is what `sessions.recentSummaries` relies on). `options` are core's `ListOptions`: request options for every page, and `maxPages` (default
   * 10,000), the most pages one walk fetches.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id or filter (`pageSize` outside
   * 1–200) or an invalid `maxPages`.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when a
   * page did not complete; ResponseValidationError when a page does not match the spec's `SessionListing` or its
   * `nextUri` is not a URI.
   * @throws PaginationError when Genesys sends a `nextUri` already fetched in this walk (a cycle), or the walk would
   * pass `maxPages`; the sessions already fetched have been yielded.
   * @example
   * ```ts
   * const sessions = [];
   * for await (const session of gj.contacts.sessions(contactId, { includeMerged: true, pageSize: 200 })) {
   *   sessions.push(session);
   * }
   * ```
   */
  sessions(
    contactId: string,
    params: ListContactSessionsParams = {},
    options: ListOptions = {},
  ): PagePromise<Session, SessionListing, ContactSessionListQuery, GenesysResponse> {
    return listContactSessions(this.#context, contactId, params, options);
  }

  /**
   * The segments assigned to an external contact (`GET …/contacts/{contactId}/journey/segments`): one response of up
   * to `limit` (default 25, at most 500) assignments; this endpoint has no paging.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id or `limit` outside 1–500.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const { entities } = await gj.contacts.segments(contactId, { includeMerged: true, limit: 500 });
   * ```
   */
  segments(
    contactId: string,
    params: ContactSegmentsParams = {},
    options: RequestOptions = {},
  ): ApiPromise<SegmentAssignmentListing, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'GET',
      path: `${contactPath(contactId)}/journey/segments`,
      query: validateInput(ContactSegmentsParamsSchema, params ?? {}, 'Genesys contact segment options'),
      schema: SegmentAssignmentListingSchema,
    }));
  }

  /**
   * Assigns and unassigns segments (`POST …/contacts/{contactId}/journey/segments`); returns what Genesys could not
   * process. Retried like a GET: assigning or unassigning the same segments twice leaves the same state.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id, an empty segment id or an
   * unknown key.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const { unprocessedItems } = await gj.contacts.updateSegments(contactId, {
   *   assign: ['vip-customers'],
   *   unassign: ['trial-users'],
   * });
   * ```
   */
  updateSegments(
    contactId: string,
    body: UpdateSegmentsParams,
    options: RequestOptions = {},
  ): ApiPromise<UpdateSegmentAssignmentResponse, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'POST',
      path: `${contactPath(contactId)}/journey/segments`,
      json: validateInput(UpdateSegmentsParamsSchema, body, 'Genesys segment assignment update'),
      idempotent: true,
      schema: UpdateSegmentAssignmentResponseSchema,
    }));
  }
}
