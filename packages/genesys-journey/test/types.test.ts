/**
 * Compile-time checks of the public types (they fail `tsc --noEmit`, which type-checks the tests): results are the
 * named interfaces, a misspelt field is an error, and each method returns core's ApiPromise or PagePromise with
 * GenesysResponse. The runtime part only makes sure the file is collected.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApiPromise,
  EventListing,
  GenesysJourneyClient,
  GenesysRequest,
  GenesysResponse,
  Page,
  PagePromise,
  RawRequest,
  Session,
  SessionEvent,
  SessionListing,
  WithResponse,
} from '../src/index.ts';

declare const gj: GenesysJourneyClient;

describe('public types', () => {
  it('are checked by tsc', () => {
    expectTypeOf<GenesysRequest<number>>().toExtend<RawRequest<number>>();
    expectTypeOf<GenesysRequest['auth']>().toEqualTypeOf<boolean | undefined>();
  });
});

export async function compileOnly(id: string): Promise<void> {
  const call = gj.sessions.get(id);
  expectTypeOf(call).toEqualTypeOf<ApiPromise<Session, GenesysResponse>>();
  const session = await call;
  expectTypeOf(session).toEqualTypeOf<Session>();
  // @ts-expect-error: a misspelt response field does not compile
  session.eventCont;
  // @ts-expect-error: nor does a misspelt nested field
  session.lastEvent.eventNmae;
  expectTypeOf(await call.withResponse()).toEqualTypeOf<WithResponse<Session, GenesysResponse>>();
  expectTypeOf(await call.asResponse()).toEqualTypeOf<Response>();

  const events = gj.sessions.events(id, { pageSize: 10 });
  expectTypeOf(events).toMatchTypeOf<PagePromise<SessionEvent, EventListing, unknown, GenesysResponse>>();
  const page = await events;
  expectTypeOf(page.items[0]).toEqualTypeOf<SessionEvent | undefined>();
  // @ts-expect-error: page items are events, typos included
  page.items[0]?.eventTyp;
  expectTypeOf((await events.withResponse()).response).toEqualTypeOf<GenesysResponse>();
  expectTypeOf(page.response).toEqualTypeOf<GenesysResponse | undefined>();

  const sessions: Page<Session, SessionListing, unknown, GenesysResponse> = await gj.contacts.sessions(id);
  expectTypeOf(sessions.raw).toEqualTypeOf<SessionListing>();

  expectTypeOf(gj.request({ method: 'GET', path: '/api/v2/journey/segments' })).toEqualTypeOf<
    ApiPromise<unknown, GenesysResponse>
  >();
  expectTypeOf(gj.tracking.actionEvent('d', { sessionId: 's', actionId: 'a', actionState: 'accepted' })).toEqualTypeOf<
    ApiPromise<undefined, GenesysResponse>
  >();

  // @ts-expect-error: the total cap of recentSummaries is maxItems now
  gj.sessions.recentSummaries({ limit: 5 });
  gj.sessions.recentSummaries({ maxItems: 5, contactIds: ['c'] });
  // @ts-expect-error: params never travel in the options object
  gj.sessions.events(id, {}, { pageSize: 10 });
}
