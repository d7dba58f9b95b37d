import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ApiPromise,
  ConfigurationError,
  EVENT_TYPES,
  type GenesysResponse,
  NotFoundError,
  RequestValidationError,
  ResponseValidationError,
  type Session,
  type StandardSchemaV1,
  unknownFields,
} from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import {
  collect,
  makeClient,
  NOW,
  rejectionOf,
  sessionJson,
  TOKEN_REPLY,
  tokenClient,
  useEmulator,
  useTestServer,
  webEventInput,
} from './helpers.ts';

const ctx = useEmulator({ seed: 6, now: NOW });
const UUID = /^[0-9a-f-]{36}$/;

/** The response facts every Genesys call carries. */
function expectGenesysResponse(response: GenesysResponse, status = 200): void {
  expect(response.status).toBe(status);
  expect(response.attempts).toBe(1);
  expect(response.headers).toBeInstanceOf(Headers);
  expect(response.correlationId).toMatch(UUID);
  expect(response.requestId).toBe(response.correlationId);
}

describe('every single-result method returns an ApiPromise with withResponse()', () => {
  it('sessions.get, sessions.outcomeScores, contacts.segments and contacts.updateSegments', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const id = emulator.seeded[0]?.id as string;
    const contactId = emulator.contactIds[0] as string;

    const get = gj.sessions.get(id);
    expect(get).toBeInstanceOf(ApiPromise);
    const session = await get.withResponse();
    expect(session.data.id).toBe(id);
    expectGenesysResponse(session.response);
    expect(session.response.rateLimit?.allowed).toBe(300);

    const scores = await gj.sessions.outcomeScores(id).withResponse();
    expect(scores.data).toEqual(emulator.store.outcomeScores.get(id));
    expectGenesysResponse(scores.response);

    const segments = await gj.contacts.segments(contactId).withResponse();
    expect(Array.isArray(segments.data.entities)).toBe(true);
    expectGenesysResponse(segments.response);

    const updated = await gj.contacts.updateSegments(contactId, { assign: ['vip'] }).withResponse();
    expect(updated.data.unprocessedItems.count).toBe(0);
    expectGenesysResponse(updated.response);
  });

  it('tracking.webEvent, appEvent, actionEvent (204) and ping, with no token', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const deployment = emulator.deploymentId;
    const cookie = webEventInput().customerCookieId;

    const web = await gj.tracking.webEvent(deployment, webEventInput()).withResponse();
    expect(web.data.session.eventCount).toBe(1);
    expectGenesysResponse(web.response);

    const app = await gj.tracking
      .appEvent(deployment, {
        eventName: 'screen_viewed',
        screenName: 'Home',
        app: { name: 'shop', namespace: 'com.example.shop', version: '1.0', buildNumber: '1' },
        device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18' },
        customerCookieId: 'install-1',
        createdDate: NOW,
      })
      .withResponse();
    expect(app.data.screenName).toBe('Home');
    expectGenesysResponse(app.response);

    const ping = await gj.tracking.ping(deployment, cookie, { dl: 'https://shop.example.com/checkout' }).withResponse();
    const action = ping.data.actions?.[0];
    expect(action?.sessionId).toBe(web.data.session.id);
    expectGenesysResponse(ping.response);

    const reported = await gj.tracking
      .actionEvent(deployment, {
        sessionId: action?.sessionId as string,
        actionId: action?.id as string,
        actionState: 'offered',
      })
      .withResponse();
    expect(reported.data).toBeUndefined();
    expectGenesysResponse(reported.response, 204);
    expect(emulator.tokenRequests).toBe(0);
  });

  it('externalEvents.send', async () => {
    const { emulator } = ctx;
    const { data, response } = await makeClient(emulator.url)
      .externalEvents.send('config-1', [
        {
          id: 'e-1',
          dateCreated: NOW,
          identifiers: { externalIds: [{ externalSourceId: 'crm', value: 'crm-1' }] },
          attributes: {},
        },
      ])
      .withResponse();
    expect(data).toEqual({ unprocessedEntities: [] });
    expectGenesysResponse(response);
  });

  it('withResponse() on the rejection path rejects with the same typed error as await', async () => {
    const gj = makeClient(ctx.emulator.url);
    const call = gj.sessions.get('no-such-session');
    const [awaited, withResponse] = await Promise.all([rejectionOf(call), rejectionOf(call.withResponse())]);
    expect(awaited).toBeInstanceOf(NotFoundError);
    expect(withResponse).toBe(awaited);
  });
});

describe('when a single-result call is sent', () => {
  it('is sent at once, awaited or not, and only once however often its result is read', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const id = emulator.seeded[1]?.id as string;
    const apiCalls = () => emulator.server.calls.filter((call) => call.path !== '/oauth/token');
    const call = gj.sessions.get(id);
    await expect.poll(() => apiCalls().length).toBe(1);
    const [first, second, { data }] = await Promise.all([call, call, call.withResponse()]);
    expect(first).toBe(second);
    expect(data).toBe(first);
    expect(apiCalls()).toHaveLength(1);
  });

  it('invalid input rejects the promise (no synchronous throw) and sends nothing', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    let call: PromiseLike<unknown> | undefined;
    expect(() => {
      call = gj.sessions.get('');
    }).not.toThrow();
    expect(await rejectionOf(call as PromiseLike<unknown>)).toBeInstanceOf(RequestValidationError);
    expect(await rejectionOf(gj.tracking.webEvent('d', {} as never).withResponse())).toBeInstanceOf(
      RequestValidationError,
    );
    expect(emulator.server.calls).toHaveLength(0);
  });
});

describe('asResponse()', () => {
  it('gives the raw Response of a read: status, headers, the unread body as Genesys sent it', async () => {
    const { emulator } = ctx;
    const stored = emulator.seeded[2] as Session;
    const raw = await makeClient(emulator.url).sessions.get(stored.id).asResponse();
    expect(raw).toBeInstanceOf(Response);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('inin-correlation-id')).toMatch(UUID);
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual(JSON.parse(JSON.stringify(stored)));
  });

  it('skips validation: a body the schema refuses still comes through', async () => {
    const local = await import('@sessionkit/test-server').then((module) => module.createTestServer());
    try {
      local
        .on('POST', '/oauth/token', TOKEN_REPLY)
        .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson({ eventCount: 'many' }) });
      // Strict, since lenient now delivers such drift (issue 13); asResponse() skips validation either way.
      const gj = makeClient(local.url, { validation: 'strict' });
      expect(await rejectionOf(gj.sessions.get('s'))).toBeInstanceOf(ResponseValidationError);
      const raw = await gj.sessions.get('s').asResponse();
      expect((await raw.json()).eventCount).toBe('many');
    } finally {
      await local.close();
    }
  });
});

describe('lists: withResponse() gives the first page with its GenesysResponse', () => {
  it('sessions.events and contacts.sessions', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const session = emulator.seeded.find((candidate) => candidate.eventCount >= 2) as Session;
    const events = await gj.sessions.events(session.id, { pageSize: 1 }).withResponse();
    expect(events.data.items).toHaveLength(1);
    expect(events.data.response).toBe(events.response);
    expectGenesysResponse(events.response);
    expect(events.response.rateLimit?.allowed).toBe(300);
    const next = await events.data.nextPage();
    expect(next?.response?.correlationId).toMatch(UUID);
    expect(next?.response?.correlationId).not.toBe(events.response.correlationId);

    const contactSessions = await gj.contacts.sessions(emulator.contactIds[0] as string).withResponse();
    expect(contactSessions.data.items.length).toBeGreaterThan(0);
    expectGenesysResponse(contactSessions.response);
  });

  it('stays lazy: nothing is sent before it is awaited, iterated or asked withResponse()', async () => {
    const { emulator } = ctx;
    const list = makeClient(emulator.url).sessions.events(emulator.seeded[0]?.id as string);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emulator.server.calls).toHaveLength(0);
    await list.withResponse();
    expect(emulator.server.calls.length).toBeGreaterThan(0);
  });
});

describe('request(): the raw escape hatch', () => {
  const local = useTestServer();
  const SEGMENTS = { entities: [{ id: 'seg-1', displayName: 'VIP' }], pageCount: 1 };

  it('without a schema: the parsed JSON, unchecked, with auth, query and the GenesysResponse', async () => {
    local.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/segments', {
      headers: { 'inin-correlation-id': 'corr-raw-1', 'inin-ratelimit-count': '3', 'inin-ratelimit-allowed': '300' },
      json: SEGMENTS,
    });
    const gj = makeClient(local.server.url);
    const { data, response } = await gj
      .request({ method: 'GET', path: '/api/v2/journey/segments', query: { pageSize: 100 } })
      .withResponse();
    expect(data).toEqual(SEGMENTS);
    expect(response).toMatchObject({ status: 200, correlationId: 'corr-raw-1', requestId: 'corr-raw-1' });
    expect(response.rateLimit).toEqual({ count: 3, allowed: 300, resetSeconds: undefined, remaining: 297 });
    const call = local.server.calls.at(-1);
    expect(call?.query.get('pageSize')).toBe('100');
    expect(call?.headers.authorization).toBe('Bearer issued-token-abc123');
  });

  it('with a zod schema: validated and typed by it; a body that breaks it is a ResponseValidationError', async () => {
    local.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson({ addedLater: true }) });
    const gj = makeClient(local.server.url);
    const session: Session = await gj.request({
      method: 'GET',
      path: '/api/v2/journey/sessions/s',
      schema: SessionSchema,
    });
    expect(session.eventCount).toBe(3);
    expect(unknownFields(session, 'Session')).toEqual({ addedLater: true });
    const Strict = z.object({ id: z.number() });
    const error = await rejectionOf(gj.request({ method: 'GET', path: '/api/v2/journey/sessions/s', schema: Strict }));
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('with any Standard Schema, and a JSON body on POST; auth: false sends no token', async () => {
    local.server.on('POST', '/api/v2/journey/deployments/:d/webevents', { json: { accepted: 2 } });
    const accepted: StandardSchemaV1<unknown, number> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) =>
          typeof (value as { accepted?: unknown }).accepted === 'number'
            ? { value: (value as { accepted: number }).accepted }
            : { issues: [{ message: 'no count' }] },
      },
    };
    const gj = makeClient(local.server.url);
    const count: number = await gj.request({
      method: 'POST',
      path: '/api/v2/journey/deployments/d/webevents',
      body: { eventName: 'x' },
      schema: accepted,
      auth: false,
    });
    expect(count).toBe(2);
    const call = local.server.calls.at(-1);
    expect(call?.body).toEqual({ eventName: 'x' });
    expect(call?.headers.authorization).toBeUndefined();
    expect(local.server.calls.some((recorded) => recorded.path === '/oauth/token')).toBe(false);
  });

  it('refuses a request without a method or a path before sending, as a rejection', async () => {
    const gj = makeClient(local.server.url);
    for (const bad of [{ method: 'GET' }, { method: 'FETCH', path: '/x' }, { path: '' }, undefined]) {
      expect(await rejectionOf(gj.request(bad as never))).toBeInstanceOf(RequestValidationError);
    }
    expect(local.server.calls).toHaveLength(0);
  });
});

describe('unknownFields', () => {
  it('returns the fields a type does not declare, at the level asked for, and nothing else', async () => {
    const { emulator } = ctx;
    const stored = emulator.seeded[0] as Session;
    const gj = makeClient(emulator.url);
    expect(unknownFields(await gj.sessions.get(stored.id), 'Session')).toEqual({});
    const local = await import('@sessionkit/test-server').then((module) => module.createTestServer());
    try {
      const browser = {
        family: 'Chrome',
        version: '128',
        featuresFlash: false,
        featuresJava: false,
        featuresPdf: true,
        featuresWebrtc: true,
        hdr: true,
      };
      local.on('GET', '/api/v2/journey/sessions/:id', {
        json: sessionJson({ journeyScore: 0.7, browser, lastEvent: { ...stored.lastEvent, weight: 2 } }),
      });
      const session = await tokenClient(local.url).sessions.get('s');
      const added = unknownFields(session, 'Session');
      expect(added).toEqual({ journeyScore: 0.7 });
      expect(Object.isFrozen(added)).toBe(true);
      expect(unknownFields(session.browser, 'Browser')).toEqual({ hdr: true });
      expect(unknownFields(session.lastEvent, 'SessionLastEvent')).toEqual({ weight: 2 });
    } finally {
      await local.close();
    }
  });

  it('resolves an event to its variant: a new event type keeps its payload as an unknown field', () => {
    const base = {
      id: 'e',
      correlationId: 'c',
      session: { id: 's', type: 'web' },
      createdDate: '2026-08-20T10:00:00Z',
    };
    const voice = { ...base, eventType: 'com.genesys.journey.VoiceEvent', voiceEvent: { seconds: 3 } };
    expect(unknownFields(voice, 'SessionEvent')).toEqual({ voiceEvent: { seconds: 3 } });
    const segment = {
      ...base,
      eventType: EVENT_TYPES.segmentAssignmentEvent,
      segmentAssignmentEvent: { segment: { id: 'vip' } },
      score: 1,
    };
    expect(unknownFields(segment, 'SessionEvent')).toEqual({ score: 1 });
  });

  it('works on values built or cached by hand, and gives {} for anything but an object', () => {
    const cached = JSON.parse(JSON.stringify(sessionJson({ extra: 'x' }))) as Session;
    expect(unknownFields(cached, 'Session')).toEqual({ extra: 'x' });
    expect(unknownFields(null, 'Session')).toEqual({});
    expect(unknownFields(undefined, 'Browser')).toEqual({});
    expect(unknownFields([] as never, 'Session')).toEqual({});
    expect(() => unknownFields({} as never, 'Nope' as never)).toThrow(TypeError);
  });
});

describe('recentSummaries takes maxItems', () => {
  it('refuses the old limit (a JavaScript caller) with a RequestValidationError naming maxItems', async () => {
    const gj = makeClient(ctx.emulator.url, { contactIds: ctx.emulator.contactIds });
    const error = await rejectionOf(gj.sessions.recentSummaries({ limit: 3 } as never).next());
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('maxItems');
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('maxItems caps the summaries in all, across contacts', async () => {
    const gj = makeClient(ctx.emulator.url, { contactIds: ctx.emulator.contactIds });
    expect(await collect(gj.sessions.recentSummaries({ maxItems: 2 }))).toHaveLength(2);
    expect(await rejectionOf(gj.sessions.recentSummaries({ maxItems: -1 }).next())).toBeInstanceOf(
      RequestValidationError,
    );
  });

  it('still needs contact ids', async () => {
    const error = await rejectionOf(makeClient(ctx.emulator.url).sessions.recentSummaries({ maxItems: 1 }).next());
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});
