import { describe, expect, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  genesysErrorBody,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  readRateLimit,
  SessionkitError,
  UnprocessableEntityError,
  unknownFields,
} from '../src/index.ts';
import {
  makeClient,
  NOW,
  rejectionOf,
  sessionJson,
  TOKEN_REPLY,
  useEmulator,
  useTestServer,
  webEventInput,
} from './helpers.ts';

describe('Genesys ErrorBody mapped onto core errors', () => {
  const ctx = useTestServer();

  const errorBody = (status: number, code: string, message: string) => ({
    message,
    code,
    status,
    messageWithParams: message,
    messageParams: {},
    contextId: 'ctx-from-body-1',
    details: [{ fieldName: 'sessionId', errorCode: 'invalid' }],
    errors: [],
  });

  it.each([
    [400, 'invalid.query.param.value', BadRequestError],
    [403, 'missing.any.permissions', PermissionDeniedError],
    [404, 'not.found', NotFoundError],
    [422, 'unprocessable.entity', UnprocessableEntityError],
    [500, 'internal.server.error', InternalServerError],
  ] as const)(
    '%i %s → %s with code, message and the ININ-Correlation-Id as request id',
    async (status, code, ErrorClass) => {
      ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id', {
        status,
        headers: { 'inin-correlation-id': 'corr-7f3a' },
        json: errorBody(status, code, `Problem ${code}`),
      });
      const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 0 }).sessions.get('s'));
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(SessionkitError);
      const apiError = error as ApiError;
      expect(apiError).toMatchObject({ status, code, requestId: 'corr-7f3a', vendor: 'Genesys' });
      expect(apiError.message).toContain(`Problem ${code}`);
      expect(apiError.message).toContain('corr-7f3a');
      expect(genesysErrorBody(error)).toMatchObject({
        code,
        contextId: 'ctx-from-body-1',
        details: [{ fieldName: 'sessionId' }],
      });
    },
  );

  it('uses the body contextId as request id when the header is missing, and fills messageWithParams', async () => {
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id', {
      status: 400,
      json: {
        code: 'invalid.value',
        messageWithParams: 'Value [{value}] is not valid for field [{field}]',
        messageParams: { value: 'x', field: 'pageSize' },
        contextId: 'ctx-only-in-body',
        errors: [{ message: 'nested' }],
      },
    });
    const error = (await rejectionOf(makeClient(ctx.server.url).sessions.get('s'))) as ApiError;
    expect(error.requestId).toBe('ctx-only-in-body');
    expect(error.message).toContain('Value [x] is not valid for field [pageSize]');
    expect(genesysErrorBody(error)?.errors).toEqual([{ message: 'nested' }]);
  });

  it('genesysErrorBody is undefined for anything but an ApiError with an object body', () => {
    expect(genesysErrorBody(new Error('x'))).toBeUndefined();
    expect(genesysErrorBody(undefined)).toBeUndefined();
  });

  // Issue 13's drift rule: lenient (the default) delivers a mismatch in data the caller did not ask about and
  // reports it; strict refuses it, naming every field path (this test used to expect the refusal in lenient mode).
  it('a success body that breaks the schema: strict names every field path, lenient delivers and reports it', async () => {
    const body = sessionJson({ eventCount: 'three', lastEvent: { id: 'e' } });
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id', { json: body });
    const paths = ['eventCount', 'lastEvent.eventName', 'lastEvent.createdDate'];
    const strict = makeClient(ctx.server.url, { validation: 'strict' });
    const error = (await rejectionOf(strict.sessions.get('s'))) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.map((issue) => issue.path)).toEqual(paths);
    const { data, response } = await makeClient(ctx.server.url).sessions.get('s').withResponse();
    expect(data).toEqual(body);
    expect(response.validationIssues.map((issue) => issue.path)).toEqual(paths);
  });

  it('a browser without featuresFlash (required by the spec, dead since 2020) does not fail a lenient get', async () => {
    const browser = {
      family: 'Chrome',
      version: '131.0',
      lang: 'en-GB',
      fingerprint: 'f',
      viewWidth: 1280,
      viewHeight: 720,
    };
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson({ browser }) });
    const { data, response } = await makeClient(ctx.server.url).sessions.get('s').withResponse();
    expect(data.browser).toEqual(browser);
    expect(response.validationIssues.map((issue) => issue.path)).toContain('browser.featuresFlash');
  });

  // Issue 13 item 4: toSummary maps what the read delivered, without validating it again.
  it('a drifted session read in lenient mode, or anything read with validation off, summarises without throwing', async () => {
    const drifted = sessionJson({ id: 'drifted', createdDate: null, eventCount: 'three', customerId: 42 });
    // Even lenient refuses this one (an id of the wrong type); validation off delivers it.
    const broken = { id: 'broken', externalContact: { id: 9 }, endedDate: 12 };
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id', (request) => ({
      json: request.params.id === 'broken' ? broken : drifted,
    }));
    const lenient = makeClient(ctx.server.url);
    const { data, response } = await lenient.sessions.get('drifted').withResponse();
    expect(response.validationIssues.map((issue) => issue.path).sort()).toEqual([
      'createdDate',
      'customerId',
      'eventCount',
    ]);
    const summary = lenient.sessions.toSummary(data);
    expect(summary).toMatchObject({ id: 'drifted', status: 'active', counts: {} });
    expect(Number.isNaN(summary.createdAt.getTime())).toBe(true);
    expect(summary.customer).toBeUndefined();
    expect(await rejectionOf(lenient.sessions.get('broken'))).toBeInstanceOf(ResponseValidationError);
    const off = makeClient(ctx.server.url, { validation: 'off' });
    expect(off.sessions.toSummary(await off.sessions.get('broken'))).toMatchObject({
      id: 'broken',
      status: 'active',
      counts: {},
    });
  });

  it('unknown fields are kept in lenient mode and refused in strict mode', async () => {
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson({ brandNewField: { nested: true } }) });
    const session = await makeClient(ctx.server.url).sessions.get('s');
    expect(unknownFields(session, 'Session')).toEqual({ brandNewField: { nested: true } });
    const error = await rejectionOf(makeClient(ctx.server.url, { validation: 'strict' }).sessions.get('s'));
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['brandNewField']);
  });

  // Issue 13: an event of a known type without its payload is drift in a list item — lenient delivers it as sent
  // and reports it, strict refuses it (it used to be refused in lenient mode too).
  it('an event of a known type without its payload is refused in strict, reported in lenient; an unknown type is kept', async () => {
    const base = {
      id: 'e',
      correlationId: 'c',
      session: { id: 's', type: 'web' },
      createdDate: '2026-08-20T10:00:00Z',
    };
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id/events', {
      json: { entities: [{ ...base, eventType: 'com.genesys.journey.WebEvent' }] },
    });
    const strict = makeClient(ctx.server.url, { validation: 'strict' });
    expect(await rejectionOf(strict.sessions.events('s'))).toBeInstanceOf(ResponseValidationError);
    const lenient = await makeClient(ctx.server.url).sessions.events('s').withResponse();
    expect(lenient.data.items[0]).toMatchObject({ eventType: 'com.genesys.journey.WebEvent' });
    expect(lenient.response.validationIssues.length).toBeGreaterThan(0);
    expect(lenient.response.validationIssues.every((issue) => issue.path.startsWith('entities[0]'))).toBe(true);
    ctx.server.on('GET', '/api/v2/journey/sessions/:id/events', {
      json: { entities: [{ ...base, eventType: 'com.genesys.journey.VoiceEvent', voiceEvent: { seconds: 3 } }] },
    });
    const page = await makeClient(ctx.server.url).sessions.events('s');
    expect(page.items[0]).toMatchObject({ eventType: 'com.genesys.journey.VoiceEvent', voiceEvent: { seconds: 3 } });
  });
});

describe('errors from the emulator', () => {
  const ctx = useEmulator({ seed: 2, now: NOW });

  it('an unknown session is a NotFoundError with Genesys code and correlation id', async () => {
    const error = (await rejectionOf(makeClient(ctx.emulator.url).sessions.get('no-such-session'))) as ApiError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('not.found');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(genesysErrorBody(error)?.contextId).toBe(error.requestId);
  });

  it('a web event older than the active session is a 422 UnprocessableEntityError', async () => {
    const gj = makeClient(ctx.emulator.url);
    await gj.tracking.webEvent(ctx.emulator.deploymentId, webEventInput());
    const error = await rejectionOf(
      gj.tracking.webEvent(ctx.emulator.deploymentId, webEventInput({ createdDate: new Date(NOW.getTime() - 60_000) })),
    );
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as ApiError).code).toBe('unprocessable.entity');
  });

  it('a 429 carries retryAfterMs and the inin-ratelimit headers', async () => {
    ctx.emulator.throttle(1, 200);
    const error = (await rejectionOf(
      makeClient(ctx.emulator.url).sessions.get(ctx.emulator.seeded[0]?.id as string),
    )) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(200_000);
    expect(error.code).toBe('too.many.requests.retry.after');
    expect(readRateLimit(error.headers)).toBeUndefined();
  });
});
