import { Random } from '../shared/random.ts';
import type { HighlightStore } from './store.ts';
import type { EmulatedError, EmulatedField, EmulatedInterval, EmulatedSession } from './types.ts';
import { fnv32a, parseUserAgent } from './user-agent.ts';

const PEOPLE = [
  ['Ada Lovelace', 'ada@example.com'],
  ['Grace Hopper', 'grace@example.com'],
  ['Linus Torvalds', 'linus@example.org'],
  ['Margaret Hamilton', 'margaret@example.com'],
  ['Alan Turing', 'alan@example.co.uk'],
  ['Barbara Liskov', 'barbara@example.com'],
  ['Radia Perlman', 'radia@example.net'],
] as const;

const PLACES = [
  {
    city: 'San Francisco',
    state: 'California',
    country: 'United States',
    postal: '94103',
    ip: '203.0.113.',
    language: 'en-US,en;q=0.9',
  },
  {
    city: 'Dublin',
    state: 'Leinster',
    country: 'Ireland',
    postal: 'D02',
    ip: '198.51.100.',
    language: 'en-IE,en;q=0.8',
  },
  {
    city: 'Berlin',
    state: 'Berlin',
    country: 'Germany',
    postal: '10115',
    ip: '192.0.2.',
    language: 'de-DE,de;q=0.9,en;q=0.7',
  },
  {
    city: 'São Paulo',
    state: 'São Paulo',
    country: 'Brazil',
    postal: '01000',
    ip: '203.0.113.',
    language: 'pt-BR,pt;q=0.9',
  },
  {
    city: 'Tokyo',
    state: 'Tokyo',
    country: 'Japan',
    postal: '100-0001',
    ip: '198.51.100.',
    language: 'ja-JP,ja;q=0.9',
  },
] as const;

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36',
] as const;

const PAGES = ['/', '/products', '/products/espresso-grinder', '/cart', '/checkout', '/account', '/help/shipping'];
const REFERRERS = ['https://www.google.com/', 'https://news.ycombinator.com/', 'direct', 'https://twitter.com/'];
const ERRORS = [
  {
    type: 'window.onerror',
    event: "TypeError: Cannot read properties of undefined (reading 'price')",
    file: 'checkout.js',
    fn: 'renderTotal',
  },
  {
    type: 'console.error',
    event: 'Failed to fetch /api/cart: 503 Service Unavailable',
    file: 'cart.js',
    fn: 'loadCart',
  },
  { type: 'window.onerror', event: 'ReferenceError: analytics is not defined', file: 'app.js', fn: 'trackPage' },
] as const;
const FEEDBACK = [
  'The checkout button did nothing the first time.',
  'Love the new search!',
  'Shipping costs were unclear.',
];
const ORIGIN = 'https://shop.example.com';

/** The seed of the data's random generator unless told otherwise. */
export const DEFAULT_RANDOM_SEED = 0x4a11_6417;

/**
 * Creates `count` realistic sessions, the same on every run for the same `count` and `now`: browsers and places
 * from a small pool, most users identified, landing and later pages as `visited-url` fields, an event-count
 * histogram, active/inactive intervals, errors on some, feedback on a few; all but the newest two processed.
 */
export function seedSessions(
  store: HighlightStore,
  count: number,
  now: Date,
  randomSeed = DEFAULT_RANDOM_SEED,
): EmulatedSession[] {
  const random = new Random(randomSeed);
  const sessions: EmulatedSession[] = [];
  for (let index = 0; index < count; index += 1) {
    // 37 minutes apart with up to 15 minutes of jitter: increasing, the newest a few minutes old.
    const start = now.getTime() - (count - index) * 37 * 60_000 + random.int(0, 15) * 60_000;
    const place = random.pick(PLACES);
    const userAgent = random.pick(USER_AGENTS);
    const [name, email] = random.pick(PEOPLE);
    const identified = random.next() < 0.7;
    const secureId = random.secureId();
    const clientId = random.secureId();
    const id = store.nextId();
    const pages = [random.pick(PAGES), random.pick(PAGES), random.pick(PAGES)].slice(0, random.int(1, 3));
    const intervals = intervalsOf(random, secureId, start);
    const length = intervals.reduce((sum, interval) => sum + interval.duration, 0);
    const activeLength = intervals.filter((i) => i.active).reduce((sum, interval) => sum + interval.duration, 0);
    const lastActive = [...intervals].reverse().find((interval) => interval.active)?.end_time ?? iso(start);
    const processed = index < count - 2;
    const fields: EmulatedField[] = [
      ...pages.map((page) => field(store, 'visited-url', `${ORIGIN}${page}`, 'session')),
      field(store, 'referrer', random.pick(REFERRERS), 'session'),
    ];
    if (identified) {
      fields.push(field(store, 'identifier', email, 'user'), field(store, 'email', email, 'user'));
      fields.push(
        field(store, 'name', name, 'user'),
        field(store, 'plan', random.pick(['free', 'pro', 'team']), 'user'),
      );
    }
    const environment = random.pick(['production', 'production', 'production', 'staging']);
    const appVersion = random.pick(['2.4.0', '2.4.1', '2.5.0']);
    const errorCount = random.next() < 0.3 ? random.int(1, 3) : 0;
    const session: EmulatedSession = {
      id: String(id),
      secure_id: secureId,
      project_id: store.projectId,
      session_key: null,
      user_agent: userAgent,
      client_id: clientId,
      fingerprint: fnv32a(clientId) & 0x7fffffff,
      ...parseUserAgent(userAgent),
      ip: `${place.ip}${random.int(2, 254)}`,
      city: place.city,
      state: place.state,
      country: place.country,
      postal: place.postal,
      environment,
      service_name: 'storefront',
      app_version: appVersion,
      client_version: '9.20.0',
      firstload_version: '9.20.0',
      client_config: JSON.stringify({ environment, version: appVersion, privacySetting: 'default' }),
      language: place.language,
      identifier: identified ? email : '',
      identified,
      created_at: iso(start),
      payload_updated_at: iso(start + length),
      length,
      active_length: activeLength,
      user_object: identified ? { name, email } : null,
      user_properties: identified ? JSON.stringify({ identifier: email, email, name }) : null,
      fields,
      viewed: processed && random.next() < 0.4,
      starred: false,
      processed,
      excluded: false,
      excluded_reason: null,
      has_rage_clicks: random.next() < 0.1,
      has_errors: errorCount > 0,
      first_time: random.next() < 0.3,
      field_group: null,
      enable_strict_privacy: false,
      privacy_setting: 'default',
      enable_recording_network_contents: false,
      object_storage_enabled: processed,
      payload_size: random.int(40_000, 2_000_000),
      within_billing_quota: true,
      is_public: false,
      event_counts: JSON.stringify(Array.from({ length: 20 }, () => random.int(0, 40))),
      direct_download_url: null,
      resources_url: null,
      web_socket_events_url: null,
      timeline_indicators_url: null,
      deviceMemory: random.pick([4, 8, 16]),
      last_user_interaction_time: lastActive,
      chunked: processed,
      session_feedback: [],
      email: identified ? email : null,
    };
    const errors = Array.from({ length: errorCount }, (_, n) =>
      errorOf(store, random, session, start + Math.floor(((n + 1) * length) / (errorCount + 1)), pages),
    );
    store.insert(session, intervals, errors);
    if (random.next() < 0.15) {
      store.addFeedback(
        secureId,
        random.pick(FEEDBACK),
        identified ? name : null,
        identified ? email : null,
        lastActive,
      );
    }
    sessions.push(session);
  }
  return sessions;
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

function field(store: HighlightStore, name: string, value: string, type: EmulatedField['type']): EmulatedField {
  return { id: store.nextId(), name, value, type };
}

function intervalsOf(random: Random, secureId: string, start: number): EmulatedInterval[] {
  const intervals: EmulatedInterval[] = [];
  let time = start;
  const stretches = random.int(1, 4) * 2 - 1;
  for (let n = 0; n < stretches; n += 1) {
    const active = n % 2 === 0;
    const duration = (active ? random.int(20, 400) : random.int(30, 300)) * 1000;
    intervals.push({
      session_secure_id: secureId,
      start_time: iso(time),
      end_time: iso(time + duration),
      duration,
      active,
    });
    time += duration;
  }
  return intervals;
}

function errorOf(
  store: HighlightStore,
  random: Random,
  session: EmulatedSession,
  at: number,
  pages: readonly string[],
): EmulatedError {
  const kind = random.pick(ERRORS);
  const line = random.int(10, 900);
  const column = random.int(1, 80);
  const group = random.int(1, 3);
  return {
    id: String(store.nextId()),
    created_at: iso(at),
    project_id: store.projectId,
    session_id: Number(session.id),
    trace_id: null,
    span_id: null,
    log_cursor: null,
    error_group_id: group,
    error_group_secure_id: `errgroup${group}`,
    event: [kind.event],
    type: kind.type,
    url: `${ORIGIN}${random.pick(pages)}`,
    source: `${ORIGIN}/static/${kind.file}`,
    lineNumber: line,
    columnNumber: column,
    stack_trace: JSON.stringify([
      { fileName: kind.file, lineNumber: line, columnNumber: column, functionName: kind.fn },
    ]),
    structured_stack_trace: [{ fileName: kind.file, lineNumber: line, functionName: kind.fn, columnNumber: column }],
    timestamp: iso(at),
    payload: null,
    request_id: null,
    os: `${session.os_name} ${session.os_version}`.trim(),
    browser: `${session.browser_name} ${session.browser_version}`.trim(),
    environment: session.environment,
    serviceVersion: session.app_version,
    serviceName: session.service_name,
  };
}
