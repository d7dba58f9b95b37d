import { describe, expect, it } from 'vitest';
import { type GenesysJourneyClient, RequestValidationError, SessionkitError } from '../src/index.ts';
import { makeClient, NOW, rejectionOf, sessionJson, TOKEN_REPLY, useTestServer, webEventInput } from './helpers.ts';

const ctx = useTestServer();

/** Runs `call`, expects a RequestValidationError with exactly these paths, and that nothing was sent. */
async function expectRefused(call: (gj: GenesysJourneyClient) => PromiseLike<unknown>, paths: string[]): Promise<void> {
  const error = await rejectionOf(call(makeClient(ctx.server.url)));
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(error).toBeInstanceOf(SessionkitError);
  expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(paths);
  expect(ctx.server.calls).toHaveLength(0);
}

const APP_EVENT = {
  eventName: 'screen_viewed',
  screenName: 'Home',
  app: { name: 'a', namespace: 'com.example', version: '1', buildNumber: '7' },
  device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18' },
  customerCookieId: 'c',
  createdDate: NOW,
};

describe('ids are required and travel as one encoded path segment', () => {
  it.each(['a/b', '../admin', 'x?y=1', 'frag#ment', '100%', 'ünïcødé ✓', ' spaced '])('%j', async (id) => {
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() });
    await makeClient(ctx.server.url).sessions.get(id);
    const call = ctx.server.calls.at(-1);
    expect(call?.rawPath).toBe(`/api/v2/journey/sessions/${encodeURIComponent(id)}`);
    expect(call?.params.id).toBe(id);
  });

  it.each([
    ['sessions.get', (gj: GenesysJourneyClient, id: string) => gj.sessions.get(id)],
    ['sessions.events', (gj: GenesysJourneyClient, id: string) => gj.sessions.events(id)],
    ['sessions.outcomeScores', (gj: GenesysJourneyClient, id: string) => gj.sessions.outcomeScores(id)],
    ['contacts.sessions', (gj: GenesysJourneyClient, id: string) => gj.contacts.sessions(id)],
    ['contacts.segments', (gj: GenesysJourneyClient, id: string) => gj.contacts.segments(id)],
    ['contacts.updateSegments', (gj: GenesysJourneyClient, id: string) => gj.contacts.updateSegments(id, {})],
    ['tracking.webEvent', (gj: GenesysJourneyClient, id: string) => gj.tracking.webEvent(id, webEventInput())],
    ['tracking.ping (deployment)', (gj: GenesysJourneyClient, id: string) => gj.tracking.ping(id, 'cookie')],
    ['tracking.ping (cookie)', (gj: GenesysJourneyClient, id: string) => gj.tracking.ping('d', id)],
    ['externalEvents.send', (gj: GenesysJourneyClient, id: string) => gj.externalEvents.send(id, [])],
  ] as const)('%s refuses an empty id, dot segments and non-strings before sending', async (_name, call) => {
    for (const id of ['', '.', '..', undefined, 42n]) {
      const error = await rejectionOf(call(makeClient(ctx.server.url), id as never));
      expect(error, String(id)).toBeInstanceOf(RequestValidationError);
    }
    expect(ctx.server.calls).toHaveLength(0);
  });
});

describe('ingest bodies', () => {
  it('a web event needs customerCookieId, eventName, page and createdDate, and lists every missing one', async () => {
    await expectRefused(
      (gj) => gj.tracking.webEvent('d', {} as never),
      ['customerCookieId', 'eventName', 'page', 'createdDate'],
    );
  });

  it.each([
    ['an event name with spaces', { eventName: 'page viewed' }, ['eventName']],
    ['a page without title', { page: { url: 'https://x' } }, ['page.title']],
    ['a createdDate that is not a date', { createdDate: 'yesterday' }, ['createdDate']],
    ['an invalid Date', { createdDate: new Date('nope') }, ['createdDate']],
    [
      'an unknown device category',
      { device: { category: 'watch', type: 't', osFamily: 'o', osVersion: '1' } },
      ['device.category'],
    ],
    [
      'an attribute value that is not a string',
      { attributes: { n: { dataType: 'number', value: 3 } } },
      ['attributes.n.value'],
    ],
    ['an unknown field', { customerId: 'x' }, ['customerId']],
  ])('a web event refuses %s', async (_what, patch, paths) => {
    await expectRefused((gj) => gj.tracking.webEvent('d', webEventInput(patch) as never), paths);
  });

  it('an app event needs eventName, screenName, app, device, customerCookieId and createdDate', async () => {
    await expectRefused(
      (gj) => gj.tracking.appEvent('d', {} as never),
      ['eventName', 'screenName', 'app', 'device', 'customerCookieId', 'createdDate'],
    );
    await expectRefused(
      (gj) => gj.tracking.appEvent('d', { ...APP_EVENT, app: { name: 'a' }, device: { category: 'mobile' } } as never),
      ['app.namespace', 'app.version', 'app.buildNumber', 'device.type', 'device.osFamily', 'device.osVersion'],
    );
  });

  it('an action event needs sessionId, actionId and one of the 14 action states', async () => {
    await expectRefused((gj) => gj.tracking.actionEvent('d', {} as never), ['sessionId', 'actionId', 'actionState']);
    await expectRefused(
      (gj) => gj.tracking.actionEvent('d', { sessionId: 's', actionId: 'a', actionState: 'clicked' } as never),
      ['actionState'],
    );
  });

  it('external events: 1 to 10 per call, each with one external id', async () => {
    const event = {
      id: 'e',
      dateCreated: NOW,
      identifiers: { externalIds: [{ externalSourceId: 's', value: 'v' }] },
      attributes: {},
    };
    await expectRefused((gj) => gj.externalEvents.send('c', []), ['']);
    await expectRefused((gj) => gj.externalEvents.send('c', new Array(11).fill(event)), ['']);
    await expectRefused(
      (gj) => gj.externalEvents.send('c', [{ ...event, identifiers: { externalIds: [] } }, { id: '' } as never]),
      ['[0].identifiers.externalIds', '[1].id', '[1].dateCreated', '[1].identifiers', '[1].attributes'],
    );
  });

  it('dates are sent as ISO strings, whether given as Date or string', async () => {
    ctx.server
      .on('POST', '/api/v2/journey/deployments/:d/actionevent', { status: 204 })
      .on('POST', '/api/v2/journey/deployments/:d/webevents', {
        status: 500,
      });
    await rejectionOf(
      makeClient(ctx.server.url, { maxRetries: 0 }).tracking.webEvent('d', webEventInput({ createdDate: NOW })),
    );
    expect(ctx.server.calls[0]?.body).toMatchObject({ createdDate: '2026-08-20T12:00:00.000Z' });
  });
});

describe('list and query options', () => {
  it.each([
    ['pageSize over 200', { pageSize: 201 }, ['pageSize']],
    ['pageSize 0', { pageSize: 0 }, ['pageSize']],
    ['a fractional pageSize', { pageSize: 2.5 }, ['pageSize']],
    ['pageSize as a string', { pageSize: '50' }, ['pageSize']],
    ['an unknown event type', { eventType: 'com.genesys.journey.Nope' }, ['eventType']],
    ['an empty event type list', { eventType: [] }, ['eventType']],
    ['an empty cursor', { after: '' }, ['after']],
    ['an unknown option', { limit: 5 }, ['limit']],
  ])('sessions.events refuses %s', async (_what, params, paths) => {
    await expectRefused((gj) => gj.sessions.events('s', params as never), paths);
  });

  it('contacts.segments: limit 1 to 500; contacts.sessions: includeMerged is a boolean', async () => {
    await expectRefused((gj) => gj.contacts.segments('c', { limit: 501 }), ['limit']);
    await expectRefused((gj) => gj.contacts.segments('c', { limit: 0 }), ['limit']);
    await expectRefused((gj) => gj.contacts.sessions('c', { includeMerged: 'yes' } as never), ['includeMerged']);
  });

  it('contacts.updateSegments refuses empty ids and unknown keys', async () => {
    await expectRefused(
      (gj) => gj.contacts.updateSegments('c', { assign: [''], remove: [] } as never),
      ['assign[0]', 'remove'],
    );
  });

  it('ping: sinceLastBeaconMilliseconds is a whole number ≥ 0; false and 0 are sent, not dropped', async () => {
    await expectRefused(
      (gj) => gj.tracking.ping('d', 'c', { sinceLastBeaconMilliseconds: -1 }),
      ['sinceLastBeaconMilliseconds'],
    );
    ctx.server.on('GET', '/api/v2/journey/deployments/:d/customers/:c/ping', { json: {} });
    await makeClient(ctx.server.url).tracking.ping('d', 'c', { sinceLastBeaconMilliseconds: 0, dl: '' });
    expect(ctx.server.calls[0]?.query.toString()).toBe('dl=&sinceLastBeaconMilliseconds=0');
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/externalcontacts/contacts/:c/journey/sessions', { json: {} });
    await makeClient(ctx.server.url).contacts.sessions('c', { includeMerged: false });
    expect(ctx.server.calls.at(-1)?.query.get('includeMerged')).toBe('false');
  });

  it('an invalid list fails the await and the iteration alike, as a rejection', async () => {
    const gj = makeClient(ctx.server.url);
    await expect(gj.sessions.events('s', { pageSize: 500 })).rejects.toBeInstanceOf(RequestValidationError);
    await expect(
      (async () => {
        for await (const _ of gj.contacts.sessions('', {})) {
          // never reached
        }
      })(),
    ).rejects.toBeInstanceOf(RequestValidationError);
  });
});
