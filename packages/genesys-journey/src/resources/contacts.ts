import { type PagePromise, type RequestOptions, validateInput } from '@sessionkit/core';
import type { ApiPromise } from '../api-promise.ts';
import {
  type ContactSegmentsParams,
  ContactSegmentsParamsSchema,
  type UpdateSegmentsParams,
  UpdateSegmentsParamsSchema,
} from '../params/contact-segments.ts';
import type { ContactSessionListQuery, ListContactSessionsParams } from '../params/list-contact-sessions.ts';
import {
  type SegmentAssignmentListing,
  SegmentAssignmentListingSchema,
  type UpdateSegmentAssignmentResponse,
  UpdateSegmentAssignmentResponseSchema,
} from '../schemas/segments.ts';
import type { Session, SessionListing } from '../schemas/session.ts';
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

  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * The sessions of an external contact (`GET …/contacts/{contactId}/journey/sessions`). Await it for the first
   * `Page`, or iterate it with `for await` for every session, following `nextUri` page after page.
   *
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
    options: RequestOptions = {},
  ): PagePromise<Session, SessionListing, ContactSessionListQuery> {
    return listContactSessions(this.#context, contactId, params, options);
  }

  /**
   * The segments assigned to an external contact (`GET …/contacts/{contactId}/journey/segments`): one response of up
   * to `limit` (default 25, at most 500) assignments; this endpoint has no paging.
   *
   * @example
   * ```ts
   * const { entities } = await gj.contacts.segments(contactId, { includeMerged: true, limit: 500 });
   * ```
   */
  segments(
    contactId: string,
    params: ContactSegmentsParams = {},
    options: RequestOptions = {},
  ): ApiPromise<SegmentAssignmentListing> {
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
  ): ApiPromise<UpdateSegmentAssignmentResponse> {
    return this.#context.transport.call(() => {
      const path = `${contactPath(contactId)}/journey/segments`;
      return {
        ...options,
        method: 'POST',
        path,
        json: validateInput(UpdateSegmentsParamsSchema, body, 'Genesys segment assignment update'),
        idempotent: true,
        schema: UpdateSegmentAssignmentResponseSchema,
      };
    });
  }
}
