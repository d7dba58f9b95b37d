import { randomUUID } from 'node:crypto';
import { badRequest, GenesysProblem, notFound } from './problem.ts';
import type { EmulatedContact, EmulatedEvent, EmulatedSession, Json } from './types.ts';

const SESSION_IDLE_MS = 30 * 60_000;
const MAX_EVENT_AGE_MS = 60 * 60_000;

export const sessionUri = (id: string): string => `/api/v2/journey/sessions/${encodeURIComponent(id)}`;
export const contactUri = (id: string): string => `/api/v2/externalcontacts/contacts/${encodeURIComponent(id)}`;

/** The emulator's state: sessions with their events, external contacts, and what was ingested. */
export class GenesysStore {
  readonly sessions = new Map<string, EmulatedSession>();
  readonly events = new Map<string, EmulatedEvent[]>();
  readonly contacts = new Map<string, EmulatedContact>();
  readonly outcomeScores = new Map<string, Json>();
  /** Action events received, in order. */
  readonly actionEvents: Json[] = [];
  /** External events received, in order, with their configuration id. */
  readonly externalEvents: Json[] = [];
  /** The contact a customer cookie belongs to, when known. */
  readonly cookieContacts = new Map<string, string>();
  readonly #clock: () => Date;

  constructor(clock: () => Date) {
    this.#clock = clock;
  }

  now(): Date {
    return this.#clock();
  }

  clear(): void {
    for (const collection of [this.sessions, this.events, this.contacts, this.outcomeScores, this.cookieContacts]) {
      collection.clear();
    }
    this.actionEvents.length = 0;
    this.externalEvents.length = 0;
  }

  /** Adds a contact (if new) and returns it. */
  contact(id: string): EmulatedContact {
    let contact = this.contacts.get(id);
    if (!contact) {
      contact = { id, merged: [], segments: [] };
      this.contacts.set(id, contact);
    }
    return contact;
  }

  /** Stores a session with its events (oldest first), linking it to its external contact. */
  addSession(session: EmulatedSession, events: EmulatedEvent[] = []): void {
    this.sessions.set(session.id, session);
    this.events.set(session.id, events);
    if (session.externalContact) this.contact(session.externalContact.id);
  }

  getSession(id: string): EmulatedSession {
    const session = this.sessions.get(id);
    if (!session) throw notFound('session', id);
    return session;
  }

  /** The events of a session, oldest first, optionally only the given types. */
  sessionEvents(sessionId: string, types: readonly string[] | undefined): EmulatedEvent[] {
    this.getSession(sessionId);
    const events = this.events.get(sessionId) ?? [];
    return types ? events.filter((event) => types.includes(event.eventType)) : events;
  }

  /** The sessions of a contact (and, with `includeMerged`, of the contacts merged into it), newest first. */
  contactSessions(contactId: string, includeMerged: boolean): EmulatedSession[] {
    const contact = this.#existingContact(contactId);
    const ids = new Set([contact.id, ...(includeMerged ? contact.merged : [])]);
    return [...this.sessions.values()]
      .filter((session) => session.externalContact && ids.has(session.externalContact.id))
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
  }

  contactSegments(contactId: string, includeMerged: boolean, limit: number): Json[] {
    const contact = this.#existingContact(contactId);
    const merged = includeMerged ? contact.merged.flatMap((id) => this.contacts.get(id)?.segments ?? []) : [];
    return [...contact.segments, ...merged].slice(0, limit);
  }

  /** Applies `UpdateSegmentAssignmentRequest`; unassigning a segment that is not assigned is unprocessed. */
  updateSegments(contactId: string, body: Json): Json {
    const contact = this.#existingContact(contactId);
    const assign = segmentIds(body.assign, 'assign');
    const unassign = segmentIds(body.unassign, 'unassign');
    const now = this.now();
    for (const id of assign) {
      if (contact.segments.some((segment) => (segment.segment as Json).id === id)) continue;
      contact.segments.push({
        dateAssigned: now.toISOString(),
        dateForUnassignment: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
        segment: { id, selfUri: `/api/v2/journey/segments/${encodeURIComponent(id)}` },
        externalContact: { id: contact.id, selfUri: contactUri(contact.id) },
      });
    }
    const missing: string[] = [];
    for (const id of unassign) {
      const index = contact.segments.findIndex((segment) => (segment.segment as Json).id === id);
      if (index < 0) missing.push(id);
      else contact.segments.splice(index, 1);
    }
    const unprocessed: Json = { count: missing.length };
    if (missing.length > 0) unprocessed.unassign = { segments: missing.map((id) => ({ id })) };
    return { unprocessedItems: unprocessed };
  }

  /** Records a web event in the visitor's current web session (a new one after 30 idle minutes). */
  recordWebEvent(deploymentId: string, body: Json, userAgent: string): Json {
    const createdDate = this.#eventDate(body.createdDate);
    const cookie = requiredString(body, 'customerCookieId');
    const eventName = requiredString(body, 'eventName');
    const page = body.page as Json | undefined;
    if (!page || typeof page.url !== 'string' || typeof page.title !== 'string') {
      throw badRequest('page.url and page.title are required', 'invalid.property');
    }
    const session = this.#currentSession(cookie, 'web', createdDate, deploymentId);
    const url = safeUrl(page.url);
    const journeyPage = {
      url: page.url,
      title: page.title,
      domain: url.hostname.split('.').slice(-2).join('.'),
      hostname: url.hostname,
      pathname: url.pathname,
      ...(url.search ? { queryString: url.search.slice(1) } : {}),
      ...(url.hash ? { fragment: url.hash.slice(1) } : {}),
      ...(typeof page.keywords === 'string' ? { keywords: page.keywords } : {}),
      ...(typeof page.lang === 'string' ? { lang: page.lang } : {}),
    };
    const browser = { family: 'Other', version: '0', ...(body.browser as Json | undefined) };
    const device = {
      category: 'other',
      type: 'Other',
      osFamily: 'Other',
      osVersion: '0',
      ...(body.device as Json | undefined),
    };
    const agent = typeof body.userAgentString === 'string' ? body.userAgentString : userAgent;
    session.pageviewCount = Number(session.pageviewCount ?? 0) + (eventName === 'page_viewed' ? 1 : 0);
    session.lastPage = { ...journeyPage, breadcrumb: journeyPage.pathname.split('/').filter(Boolean) };
    session.browser = {
      featuresFlash: false,
      featuresJava: false,
      featuresPdf: true,
      featuresWebrtc: true,
      ...browser,
    };
    session.device = { isMobile: device.category === 'mobile', ...device };
    session.userAgentString = agent;
    const webEvent = {
      eventName,
      totalEventCount: session.eventCount + 1,
      totalPageviewCount: session.pageviewCount,
      page: session.lastPage,
      userAgentString: agent,
      browser: session.browser,
      device: session.device,
      attributes: body.attributes ?? {},
      traits: body.traits ?? {},
      authenticated: false,
    };
    const event = this.#appendEvent(session, 'com.genesys.journey.WebEvent', eventName, createdDate, { webEvent });
    return {
      customerId: cookie,
      customerIdType: 'cookie',
      eventName,
      page: journeyPage,
      userAgentString: agent,
      browser,
      device,
      session: {
        id: session.id,
        durationInSeconds: session.durationInSeconds,
        eventCount: session.eventCount,
        pageviewCount: session.pageviewCount,
        selfUri: session.selfUri,
        createdDate: session.createdDate,
      },
      attributes: body.attributes ?? {},
      traits: body.traits ?? {},
      authenticated: false,
      ...(typeof body.externalId === 'string' ? { externalId: body.externalId } : {}),
      createdDate: event.createdDate,
    };
  }

  /** Records an app event in the installation's current app session. */
  recordAppEvent(deploymentId: string, body: Json): Json {
    const createdDate = this.#eventDate(body.createdDate);
    const cookie = requiredString(body, 'customerCookieId');
    const eventName = requiredString(body, 'eventName');
    const screenName = requiredString(body, 'screenName');
    const app = body.app as Json | undefined;
    const device = body.device as Json | undefined;
    if (!app || !device) throw badRequest('app and device are required', 'invalid.property');
    const session = this.#currentSession(cookie, 'app', createdDate, deploymentId);
    session.screenviewCount = Number(session.screenviewCount ?? 0) + (eventName === 'screen_viewed' ? 1 : 0);
    session.app = app;
    session.device = { isMobile: device.category === 'mobile' || device.category === 'tablet', ...device };
    session.lastScreen = screenName;
    if (body.sdkLibrary) session.sdkLibrary = body.sdkLibrary;
    if (body.networkConnectivity) session.networkConnectivity = body.networkConnectivity;
    const appEvent = {
      eventName,
      screenName,
      app,
      device: session.device,
      attributes: body.attributes ?? {},
      traits: body.traits ?? {},
      ...(body.sdkLibrary ? { sdkLibrary: body.sdkLibrary } : {}),
      ...(body.networkConnectivity ? { networkConnectivity: body.networkConnectivity } : {}),
    };
    const event = this.#appendEvent(session, 'com.genesys.journey.AppEvent', eventName, createdDate, { appEvent });
    return {
      id: event.id,
      customerId: cookie,
      customerIdType: 'cookie',
      ...appEvent,
      session: {
        id: session.id,
        durationInSeconds: session.durationInSeconds,
        eventCount: session.eventCount,
        screenviewCount: session.screenviewCount,
        selfUri: session.selfUri,
        createdDate: session.createdDate,
      },
      createdDate: event.createdDate,
    };
  }

  recordActionEvent(deploymentId: string, body: Json): void {
    for (const field of ['sessionId', 'actionId', 'actionState']) requiredString(body, field);
    this.actionEvents.push({ deploymentId, ...body });
  }

  ingestExternalEvents(configurationId: string, body: Json): Json {
    const entities = body.entities;
    if (!Array.isArray(entities) || entities.length < 1 || entities.length > 10) {
      throw badRequest('entities must hold 1 to 10 events', 'invalid.value');
    }
    const unprocessedEntities: Json[] = [];
    entities.forEach((event: Json, index) => {
      if (typeof event?.id !== 'string' || typeof event.dateCreated !== 'string') {
        unprocessedEntities.push({
          event,
          originalRequestIndex: index,
          isRetryable: false,
          errorMessage: 'id and dateCreated are required',
          statusCode: 400,
        });
      } else {
        this.externalEvents.push({ configurationId, ...event });
      }
    });
    return { unprocessedEntities };
  }

  #existingContact(id: string): EmulatedContact {
    const contact = this.contacts.get(id);
    if (!contact) throw notFound('external contact', id);
    return contact;
  }

  #eventDate(value: unknown): Date {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw badRequest('createdDate must be an ISO-8601 date-time', 'invalid.date');
    if (date.getTime() < this.now().getTime() - MAX_EVENT_AGE_MS) {
      throw badRequest('Events older than an hour are rejected.', 'invalid.date');
    }
    return date;
  }

  /** The visitor's open session of this type, or a new one; 422 for an event older than the session's start. */
  #currentSession(cookie: string, type: 'web' | 'app', at: Date, deploymentId: string): EmulatedSession {
    const open = [...this.sessions.values()]
      .filter((session) => session.customerId === cookie && session.type === type && !session.endedDate)
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate))[0];
    if (open && at.getTime() - Date.parse(open.lastEvent.createdDate) < SESSION_IDLE_MS) {
      if (at.getTime() < Date.parse(open.createdDate)) {
        throw new GenesysProblem(
          422,
          'unprocessable.entity',
          `The ${type} event on the request is older than the start date of the active session and will not be processed.`,
        );
      }
      return open;
    }
    if (open) open.endedDate = open.lastEvent.createdDate;
    const id = randomUUID();
    const contactId = this.cookieContacts.get(cookie);
    const session: EmulatedSession = {
      id,
      type,
      customerId: cookie,
      customerIdType: 'cookie',
      eventCount: 0,
      durationInSeconds: 0,
      authenticated: false,
      createdDate: at.toISOString(),
      lastEvent: { id: '', eventName: '', createdDate: at.toISOString() },
      selfUri: sessionUri(id),
      attributes: { deploymentId: { dataType: 'string', value: deploymentId } },
      ...(contactId ? { externalContact: { id: contactId, selfUri: contactUri(contactId) } } : {}),
    };
    this.addSession(session);
    return session;
  }

  #appendEvent(session: EmulatedSession, eventType: string, eventName: string, at: Date, payload: Json): EmulatedEvent {
    const event: EmulatedEvent = {
      id: randomUUID(),
      correlationId: randomUUID(),
      customerId: session.customerId,
      customerIdType: session.customerIdType,
      eventType,
      session: { id: session.id, type: session.type, selfUri: session.selfUri },
      createdDate: at.toISOString(),
      ...payload,
    };
    this.events.get(session.id)?.push(event);
    session.eventCount += 1;
    session.lastEvent = { id: event.id, eventName, createdDate: event.createdDate };
    session.durationInSeconds = Math.max(0, Math.round((at.getTime() - Date.parse(session.createdDate)) / 1000));
    return event;
  }
}

function requiredString(body: Json, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw badRequest(`${field} is required`, 'invalid.property');
  }
  return value;
}

function segmentIds(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  const segments = (value as Json | null)?.segments;
  if (!Array.isArray(segments) || !segments.every((item: Json) => typeof item?.id === 'string')) {
    throw badRequest(`${field}.segments must be a list of { id }`, 'invalid.property');
  }
  return segments.map((item: Json) => item.id as string);
}

function safeUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw badRequest(`page.url ${JSON.stringify(value)} is not a URL`, 'invalid.value');
  }
}
