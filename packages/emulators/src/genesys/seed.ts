import { Random } from '../shared/random.ts';
import { contactUri, type GenesysStore, sessionUri } from './store.ts';
import type { EmulatedEvent, EmulatedSession, Json } from './types.ts';

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Dennis', 'Frances', 'Ken', 'Radia'];
const PAGES: ReadonlyArray<[string, string]> = [
  ['/', 'Home'],
  ['/products/running-shoes', 'Running shoes'],
  ['/products/trail-jacket', 'Trail jacket'],
  ['/basket', 'Basket'],
  ['/checkout', 'Checkout'],
  ['/help/returns', 'Returns policy'],
];
const SCREENS = ['Home', 'Search', 'Product', 'Basket', 'Checkout'];
const BROWSERS: ReadonlyArray<[string, string]> = [
  ['Chrome', '128.0.6613.84'],
  ['Firefox', '129.0'],
  ['Safari', '17.6'],
];
const PLACES: readonly Json[] = [
  {
    country: 'IE',
    countryName: 'Ireland',
    locality: 'Dublin',
    region: 'L',
    regionName: 'Leinster',
    timezone: 'Europe/Dublin',
  },
  {
    country: 'GB',
    countryName: 'United Kingdom',
    locality: 'Manchester',
    region: 'ENG',
    regionName: 'England',
    timezone: 'Europe/London',
  },
  {
    country: 'DE',
    countryName: 'Germany',
    locality: 'Berlin',
    region: 'BE',
    regionName: 'Berlin',
    timezone: 'Europe/Berlin',
  },
];
const REFERRERS: readonly Json[] = [
  {
    url: 'https://www.google.com/',
    domain: 'google.com',
    hostname: 'www.google.com',
    pathname: '/',
    name: 'Google',
    medium: 'search',
  },
  {
    url: 'https://news.example.org/deals',
    domain: 'example.org',
    hostname: 'news.example.org',
    pathname: '/deals',
    medium: 'email',
  },
];
const SEGMENTS = ['returning-visitors', 'high-intent', 'vip-customers', 'mobile-app-users'];
const SITE = 'https://shop.example.com';
const AGENT = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)';

/** The seed of the data's random generator unless told otherwise. */
export const DEFAULT_RANDOM_SEED = 0x6e5e_5eed;

/** What `seedGenesys` created. */
export interface SeededData {
  readonly sessions: EmulatedSession[];
  readonly contactIds: string[];
  readonly deploymentId: string;
}

/**
 * Creates `count` realistic journey sessions, the same on every run for the same `count` and `now`: web and app
 * visits of a few external contacts (one of whom has a merged contact), 40 minutes apart, the newest two still
 * active; each with pageviews or screen views, some with segment assignments and engagement actions.
 */
export function seedGenesys(
  store: GenesysStore,
  count: number,
  now: Date,
  randomSeed = DEFAULT_RANDOM_SEED,
): SeededData {
  const random = new Random(randomSeed);
  const deploymentId = random.uuid();
  const contactCount = Math.max(1, Math.ceil(count / 3));
  const contactIds = Array.from({ length: contactCount }, () => random.uuid());
  for (const id of contactIds) store.contact(id);
  if (contactIds.length > 1) {
    const merged = random.uuid();
    store.contact(merged);
    store.contact(contactIds[0] as string).merged.push(merged);
  }
  for (const [index, id] of contactIds.entries()) {
    const contact = store.contact(id);
    for (const segment of SEGMENTS.slice(0, 1 + (index % SEGMENTS.length))) {
      contact.segments.push({
        dateAssigned: new Date(now.getTime() - (index + 2) * 86_400_000).toISOString(),
        dateForUnassignment: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
        segment: { id: segment, selfUri: `/api/v2/journey/segments/${segment}` },
        externalContact: { id, selfUri: contactUri(id) },
      });
    }
  }
  const sessions: EmulatedSession[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = new Date(now.getTime() - (count - index) * 40 * 60_000 + random.int(0, 15) * 60_000);
    const contactId = random.pick(contactIds);
    const cookie = random.uuid();
    store.cookieContacts.set(cookie, contactId);
    const isApp = random.next() < 0.3;
    const { session, events } = isApp
      ? appSession(random, start, cookie, contactId)
      : webSession(random, start, cookie, contactId);
    if (index < count - 2) session.endedDate = session.lastEvent.createdDate;
    if (index % 4 === 0) {
      store.outcomeScores.set(session.id, {
        outcomeScores: [
          {
            outcome: { id: 'purchase', selfUri: '/api/v2/journey/outcomes/purchase' },
            probability: Math.round(random.next() * 100) / 100,
            sessionMaxProbability: 0.9,
            quantile: 0.5,
            sessionMaxQuantile: 0.8,
          },
        ],
        modifiedDate: session.lastEvent.createdDate,
      });
    }
    store.addSession(session, events);
    sessions.push(session);
  }
  return { sessions, contactIds, deploymentId };
}

function baseSession(
  random: Random,
  type: 'web' | 'app',
  start: Date,
  cookie: string,
  contactId: string,
): EmulatedSession {
  const id = random.uuid();
  return {
    id,
    type,
    externalContact: { id: contactId, selfUri: contactUri(contactId) },
    customerId: cookie,
    customerIdType: 'cookie',
    shortId: String(random.int(1000, 999_999)),
    eventCount: 0,
    durationInSeconds: 0,
    authenticated: random.next() < 0.4,
    createdDate: start.toISOString(),
    lastEvent: { id: '', eventName: '', createdDate: start.toISOString() },
    selfUri: sessionUri(id),
    geolocation: { ...random.pick(PLACES), source: 'IP' },
    ipOrganization: 'Example Broadband',
    divisionIds: ['*'],
    attributes: { preferredLanguage: { dataType: 'string', value: random.pick(['en', 'de', 'ga']) } },
    attributeLists: { viewedCategories: { dataType: 'string', values: ['shoes', 'jackets'] } },
  };
}

function eventOf(random: Random, session: EmulatedSession, eventType: string, at: Date, payload: Json): EmulatedEvent {
  return {
    id: random.uuid(),
    correlationId: random.uuid(),
    customerId: session.customerId,
    customerIdType: 'cookie',
    eventType,
    session: { id: session.id, type: session.type, selfUri: session.selfUri },
    createdDate: at.toISOString(),
    ...payload,
  };
}

function webSession(random: Random, start: Date, cookie: string, contactId: string) {
  const session = baseSession(random, 'web', start, cookie, contactId);
  const [family, version] = random.pick(BROWSERS);
  const browser = {
    family,
    version,
    lang: 'en-IE',
    featuresFlash: false,
    featuresJava: false,
    featuresPdf: true,
    featuresWebrtc: true,
    viewWidth: 1440,
    viewHeight: 900,
  };
  const device = {
    category: 'desktop',
    type: 'Other',
    isMobile: false,
    osFamily: 'Mac OS X',
    osVersion: '14.5',
    screenWidth: 2880,
    screenHeight: 1800,
    screenDensity: 2,
  };
  const referrer = random.pick(REFERRERS);
  Object.assign(session, {
    browser,
    device,
    referrer,
    mktCampaign: { source: 'newsletter', medium: 'email', name: `${random.pick(FIRST).toLowerCase()}-spring-sale` },
    userAgentString: AGENT,
    searchTerms: ['running shoes'],
  });
  const events: EmulatedEvent[] = [];
  const views = random.int(2, PAGES.length);
  let time = start.getTime();
  for (let view = 0; view < views; view += 1) {
    const [pathname, title] = PAGES[view] as [string, string];
    const page = {
      url: SITE + pathname,
      title,
      domain: 'example.com',
      hostname: 'shop.example.com',
      pathname,
      breadcrumb: pathname.split('/').filter(Boolean),
    };
    session.eventCount += 1;
    session.pageviewCount = view + 1;
    session.lastPage = page;
    const webEvent = {
      eventName: 'page_viewed',
      totalEventCount: session.eventCount,
      totalPageviewCount: view + 1,
      page,
      userAgentString: AGENT,
      browser,
      device,
      referrer,
      attributes: {},
      traits: {},
      authenticated: session.authenticated,
    };
    events.push(eventOf(random, session, 'com.genesys.journey.WebEvent', new Date(time), { webEvent }));
    time += random.int(10, 120) * 1000;
  }
  if (random.next() < 0.5) {
    const segment = random.pick(SEGMENTS);
    session.segmentAssignments = [
      {
        segment: { id: segment, selfUri: `/api/v2/journey/segments/${segment}` },
        assignedDate: new Date(time).toISOString(),
      },
    ];
    events.push(
      eventOf(random, session, 'com.genesys.journey.SegmentAssignmentEvent', new Date(time), {
        segmentAssignmentEvent: { segment: { id: segment } },
      }),
    );
    session.eventCount += 1;
    time += 1000;
  }
  if (random.next() < 0.4) {
    const action = {
      id: random.uuid(),
      state: 'offered',
      mediaType: 'webMessagingOffer',
      prompt: 'Need help choosing a size?',
      createdDate: new Date(time).toISOString(),
    };
    const webActionEvent = {
      action,
      actionMap: { id: random.uuid(), version: 3, displayName: 'Offer chat on product pages' },
      actionTarget: { id: random.uuid() },
      userAgentString: AGENT,
      browser,
      device,
    };
    events.push(eventOf(random, session, 'com.genesys.journey.WebActionEvent', new Date(time), { webActionEvent }));
    session.eventCount += 1;
  }
  finish(session, events);
  return { session, events };
}

function appSession(random: Random, start: Date, cookie: string, contactId: string) {
  const session = baseSession(random, 'app', start, cookie, contactId);
  const app = { name: 'Example Shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' };
  const device = {
    category: 'mobile',
    type: 'iPhone',
    isMobile: true,
    osFamily: 'iOS',
    osVersion: '18.1',
    manufacturer: 'Apple',
  };
  const sdkLibrary = { name: 'genesys-journey-ios', version: '2.3.0' };
  const networkConnectivity = {
    carrier: 'Three',
    bluetoothEnabled: false,
    cellularEnabled: true,
    wifiEnabled: random.next() < 0.5,
  };
  Object.assign(session, { app, device, sdkLibrary, networkConnectivity });
  const events: EmulatedEvent[] = [];
  let time = start.getTime();
  const screens = random.int(2, SCREENS.length);
  for (let index = 0; index < screens; index += 1) {
    const screenName = SCREENS[index] as string;
    session.eventCount += 1;
    session.screenviewCount = index + 1;
    session.lastScreen = screenName;
    const appEvent = {
      eventName: 'screen_viewed',
      screenName,
      app,
      device,
      sdkLibrary,
      networkConnectivity,
      attributes: {},
      traits: {},
    };
    events.push(eventOf(random, session, 'com.genesys.journey.AppEvent', new Date(time), { appEvent }));
    time += random.int(5, 60) * 1000;
  }
  finish(session, events);
  return { session, events };
}

function finish(session: EmulatedSession, events: EmulatedEvent[]): void {
  const last = events.at(-1) as EmulatedEvent;
  const lastName = ((last.webEvent ?? last.appEvent) as Json | undefined)?.eventName;
  session.lastEvent = {
    id: last.id,
    eventName: typeof lastName === 'string' ? lastName : last.eventType,
    createdDate: last.createdDate,
  };
  session.durationInSeconds = Math.round((Date.parse(last.createdDate) - Date.parse(session.createdDate)) / 1000);
}
