import { randomUUID } from 'node:crypto';
import type { Handler, PlainReply, RecordedRequest, TestServer } from '../server/index.ts';
import type { VendorFailures } from '../shared/faults.ts';
import { OAuthProblem, type TokenRegistry } from './oauth.ts';
import { cursorPage } from './paging.ts';
import { badRequest, GenesysProblem, problemFor, problemReply } from './problem.ts';
import { type RateLimiter, tooManyRequests } from './rate-limit.ts';
import type { GenesysStore } from './store.ts';
import type { Json } from './types.ts';

const EVENT_TYPES = new Set([
  'com.genesys.journey.OutcomeAchievedEvent',
  'com.genesys.journey.SegmentAssignmentEvent',
  'com.genesys.journey.WebActionEvent',
  'com.genesys.journey.WebEvent',
  'com.genesys.journey.AppEvent',
]);

interface Reply {
  readonly status?: number;
  readonly json?: unknown;
}

/** Registers the OAuth token endpoint and the journey routes on `server`; returns the routes it serves. */
export function registerRoutes(
  server: TestServer,
  store: GenesysStore,
  tokens: TokenRegistry,
  limiter: RateLimiter,
): RouteList {
  const served: RouteList = [];
  /** Wraps a handler: correlation id, auth and rate limit (unless public), ErrorBody errors. */
  const route = (handler: (request: RecordedRequest) => Reply, access: 'token' | 'public'): Handler => {
    return (request) => {
      const correlationId = randomUUID();
      const headers: Record<string, string> = { 'inin-correlation-id': correlationId };
      try {
        const key =
          access === 'token'
            ? tokens.verify(header(request, 'authorization'))
            : `public:${request.params.deploymentId}`;
        Object.assign(headers, limiter.take(key));
        if (request.rawBody.trim().length > 0 && request.body === undefined)
          throw badRequest('The request body is not valid JSON.');
        const reply = handler(request);
        return {
          status: reply.status ?? 200,
          headers,
          ...(reply.json === undefined ? {} : { json: reply.json }),
        } satisfies PlainReply;
      } catch (error) {
        if (!(error instanceof GenesysProblem)) throw error;
        const reply = problemReply(error, correlationId);
        return { ...reply, headers: { ...headers, ...reply.headers } };
      }
    };
  };
  const api = (method: string, pattern: string, handler: (request: RecordedRequest) => Reply): void => {
    served.push({ method, pattern });
    server.on(method, pattern, route(handler, 'token'));
  };
  const tracking = (method: string, pattern: string, handler: (request: RecordedRequest) => Reply): void => {
    served.push({ method, pattern });
    server.on(method, pattern, route(handler, 'public'));
  };

  server.on('POST', '/oauth/token', (request) => {
    try {
      return { json: tokens.issue(header(request, 'authorization'), request.body) };
    } catch (error) {
      if (!(error instanceof OAuthProblem)) throw error;
      return {
        status: error.status,
        ...(error.retryAfterSeconds === undefined
          ? {}
          : { headers: { 'retry-after': String(error.retryAfterSeconds) } }),
        json: { error: error.error, description: error.message, error_description: error.message },
      };
    }
  });

  api('GET', '/api/v2/journey/sessions/:sessionId', (request) => ({
    json: store.getSession(param(request, 'sessionId')),
  }));
  api('GET', '/api/v2/journey/sessions/:sessionId/events', (request) => {
    const types = request.query.get('eventType')?.split(',');
    for (const type of types ?? []) {
      if (!EVENT_TYPES.has(type))
        throw badRequest(`Value [${type}] is not valid for field type [eventType].`, 'invalid.query.param.value');
    }
    const events = store.sessionEvents(param(request, 'sessionId'), types);
    return { json: cursorPage(events, request.rawPath, request.query) };
  });
  api('GET', '/api/v2/journey/sessions/:sessionId/outcomescores', (request) => {
    const session = store.getSession(param(request, 'sessionId'));
    return { json: store.outcomeScores.get(session.id) ?? { outcomeScores: [] } };
  });
  api('GET', '/api/v2/externalcontacts/contacts/:contactId/journey/sessions', (request) => {
    const sessions = store.contactSessions(param(request, 'contactId'), bool(request, 'includeMerged'));
    return { json: cursorPage(sessions, request.rawPath, request.query) };
  });
  api('GET', '/api/v2/externalcontacts/contacts/:contactId/journey/segments', (request) => {
    const limitText = request.query.get('limit') ?? '25';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > 500) {
      throw badRequest(
        `Value [${limitText}] is not valid for field type [limit]. Maximum of 500.`,
        'invalid.query.param.value',
      );
    }
    return {
      json: { entities: store.contactSegments(param(request, 'contactId'), bool(request, 'includeMerged'), limit) },
    };
  });
  api('POST', '/api/v2/externalcontacts/contacts/:contactId/journey/segments', (request) => ({
    json: store.updateSegments(param(request, 'contactId'), (request.body ?? {}) as Json),
  }));
  api('POST', '/api/v2/journey/externalevents/configurations/:configurationId/events', (request) => ({
    json: store.ingestExternalEvents(param(request, 'configurationId'), (request.body ?? {}) as Json),
  }));

  tracking('POST', '/api/v2/journey/deployments/:deploymentId/webevents', (request) => ({
    json: store.recordWebEvent(
      param(request, 'deploymentId'),
      body(request),
      header(request, 'user-agent') ?? 'unknown',
    ),
  }));
  tracking('POST', '/api/v2/journey/deployments/:deploymentId/appevents', (request) => ({
    json: store.recordAppEvent(param(request, 'deploymentId'), body(request)),
  }));
  tracking('POST', '/api/v2/journey/deployments/:deploymentId/actionevent', (request) => {
    store.recordActionEvent(param(request, 'deploymentId'), body(request));
    return { status: 204 };
  });
  tracking('GET', '/api/v2/journey/deployments/:deploymentId/customers/:customerCookieId/ping', (request) => {
    if (!request.query.get('dl')) return { json: { actions: [], pollIntervalMilliseconds: 30_000 } };
    const cookie = param(request, 'customerCookieId');
    const session = [...store.sessions.values()].find(
      (candidate) => candidate.customerId === cookie && !candidate.endedDate,
    );
    const actions = session
      ? [
          {
            id: `action-${session.id.slice(0, 8)}`,
            mediaType: 'webMessagingOffer',
            actionMapId: 'offer-chat-on-checkout',
            actionMapVersion: 1,
            sessionId: session.id,
            customerId: cookie,
            customerIdType: 'cookie',
            webMessagingOfferProperties: { offerText: 'Questions about your order? Chat with us.' },
          },
        ]
      : [];
    return { json: { actions, pollIntervalMilliseconds: 30_000 } };
  });
  return served;
}

/** The method and path pattern of each route the emulator serves. */
export type RouteList = Array<{ readonly method: string; readonly pattern: string }>;

/**
 * What Genesys answers for an operation the emulator does not serve: after the token check (the tracking paths under
 * `/api/v2/journey/deployments/` need none), an `ErrorBody` with `contextId` and the `ININ-Correlation-Id` header —
 * 404 `not.found` for an unknown path, 405 `method.not.allowed` (with `Allow`) for a known path and another method.
 */
export function notFoundHandler(tokens: TokenRegistry, served: RouteList): Handler {
  return (request) => {
    const correlationId = randomUUID();
    const headers: Record<string, string> = { 'inin-correlation-id': correlationId };
    try {
      if (!request.path.startsWith('/api/v2/journey/deployments/')) tokens.verify(header(request, 'authorization'));
      const methods = served.filter((route) => matchesPattern(route.pattern, request.rawPath)).map((r) => r.method);
      if (methods.length > 0) {
        headers.allow = [...new Set(methods)].join(', ');
        throw problemFor(405, 'HTTP 405 Method Not Allowed');
      }
      throw problemFor(404, 'HTTP 404 Not Found');
    } catch (error) {
      if (!(error instanceof GenesysProblem)) throw error;
      const reply = problemReply(error, correlationId);
      return { ...reply, headers: { ...headers, ...reply.headers } };
    }
  };
}

function matchesPattern(pattern: string, rawPath: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = rawPath.split('/').filter(Boolean);
  return want.length === have.length && want.every((part, index) => part.startsWith(':') || part === have[index]);
}

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function param(request: RecordedRequest, name: string): string {
  return request.params[name] as string;
}

function bool(request: RecordedRequest, name: string): boolean {
  const value = request.query.get(name);
  if (value === null) return false;
  if (value !== 'true' && value !== 'false')
    throw badRequest(`Value [${value}] is not valid for field type [${name}].`, 'invalid.query.param.value');
  return value === 'true';
}

function body(request: RecordedRequest): Json {
  if (typeof request.body !== 'object' || request.body === null) throw badRequest('A request body is required.');
  return request.body as Json;
}

/** An `ErrorBody` reply with a fresh correlation id (`contextId` and `ININ-Correlation-Id`). */
function answer(problem: GenesysProblem): PlainReply {
  const correlationId = randomUUID();
  const reply = problemReply(problem, correlationId);
  return { ...reply, headers: { 'inin-correlation-id': correlationId, ...reply.headers } };
}

/** Faults in Genesys' shape: `ErrorBody` with the status's code, the normalised 429; all but the token endpoint. */
export const GENESYS_FAILURES: VendorFailures = {
  isApi: (request) => request.path !== '/oauth/token',
  error: (status, message) => answer(problemFor(status, message)),
  tooManyRequests: (seconds) => answer(tooManyRequests(seconds)),
};
