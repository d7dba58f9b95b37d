import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type HighlightEmulator, startHighlightEmulator } from '../src/highlight/index.ts';

const START = Date.parse('2026-06-01T12:00:00.000Z');
const SECURE_ID = 'AbCdEfGhIjKlMnOpQrStUvWxYz12';

async function graph(url: string, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const INITIALIZE = `mutation($id: String!) { initializeSession(session_secure_id: $id, organization_verbose_id: "1",
  enable_strict_privacy: false, enable_recording_network_contents: false, clientVersion: "10.7.5",
  firstloadVersion: "10.7.5", clientConfig: "{}", environment: "test", fingerprint: "fp", client_id: "client-1")
  { secure_id project_id sampling { spans { samplingRatio } } } }`;

describe('Highlight public graph: what the recorder sends becomes visible to the private graph', () => {
  let highlight: HighlightEmulator;
  beforeAll(async () => {
    highlight = await startHighlightEmulator({ now: new Date(START) });
  });
  beforeEach(() => highlight.reset());
  afterAll(() => highlight?.close());

  it('answers every operation of the public schema with values of its types', async () => {
    const init = await graph(highlight.publicGraphUrl, INITIALIZE, { id: SECURE_ID });
    expect(init).toEqual({ data: { initializeSession: { secure_id: SECURE_ID, project_id: '1', sampling: null } } });
    const sampling = await graph(
      highlight.publicGraphUrl,
      'query { sampling(organization_verbose_id: "1") { spans { samplingRatio } logs { samplingRatio } } }',
    );
    expect(sampling).toEqual({ data: { sampling: { spans: [], logs: [] } } });
    const metrics = await graph(highlight.publicGraphUrl, 'mutation($m: [MetricInput]!) { pushMetrics(metrics: $m) }', {
      m: [
        {
          session_secure_id: SECURE_ID,
          name: 'LCP',
          value: 812.5,
          timestamp: '2026-06-01T12:00:01Z',
          tags: [{ name: 'k', value: 'v' }],
        },
      ],
    });
    expect(metrics).toEqual({ data: { pushMetrics: 1 } });
    const others = await graph(
      highlight.publicGraphUrl,
      `mutation($id: String!) {
        markBackendSetup(session_secure_id: $id, type: "backend")
        pushBackendPayload(errors: [{ session_secure_id: $id, event: "db down", type: "Error", url: "/api", source: "api",
          stackTrace: "at main", timestamp: "2026-06-01T12:00:02Z", service: { name: "api", version: "1" }, environment: "test" }])
        addSessionFeedback(session_secure_id: $id, verbatim: "nice", timestamp: "2026-06-01T12:00:03Z")
      }`,
      { id: SECURE_ID },
    );
    expect(others).toEqual({
      data: { markBackendSetup: null, pushBackendPayload: null, addSessionFeedback: SECURE_ID },
    });
    expect(highlight.store.recording(SECURE_ID).metrics).toHaveLength(1);
  });

  it('a compressed pushSessionEvents payload sets length, active_length, intervals, errors and events; unload processes it', async () => {
    await graph(highlight.publicGraphUrl, INITIALIZE, { id: SECURE_ID });
    const at = (seconds: number) => START + seconds * 1000;
    const events = [
      { type: 4, timestamp: at(0), _sid: 1, data: { href: 'http://127.0.0.1/' } },
      { type: 2, timestamp: at(0.1), _sid: 2, data: {} },
      { type: 3, timestamp: at(1), _sid: 3, data: { source: 2, type: 2 } },
      { type: 3, timestamp: at(3), _sid: 4, data: { source: 5, text: 'a' } },
      {
        type: 5,
        timestamp: at(4),
        _sid: 5,
        data: { tag: 'Track', payload: JSON.stringify({ event: 'checkout', plan: 'pro' }) },
      },
      { type: 3, timestamp: at(30), _sid: 6, data: { source: 1, positions: [] } },
      { type: 3, timestamp: at(31), _sid: 7, data: { source: 0, adds: [] } },
    ];
    const payload = {
      session_secure_id: SECURE_ID,
      payload_id: '1',
      events: { events },
      messages: JSON.stringify({ messages: [{ type: 'log', value: ['hi'] }] }),
      resources: JSON.stringify({ resources: [{ name: 'http://127.0.0.1/app.js' }] }),
      web_socket_events: JSON.stringify({ webSocketEvents: [] }),
      errors: [
        {
          event: 'Error: boom',
          type: 'window.onerror',
          url: 'http://127.0.0.1/',
          source: 'app.js',
          lineNumber: 3,
          columnNumber: 7,
          stackTrace: [{ fileName: 'app.js', lineNumber: 3, columnNumber: 7, functionName: 'go' }],
          timestamp: '2026-06-01T12:00:02Z',
        },
      ],
      is_beacon: false,
      has_session_unloaded: false,
    };
    const push = `mutation($id: String!, $pid: Int64ID!, $data: String!) { pushSessionEvents(session_secure_id: $id, payload_id: $pid, data: $data) }`;
    const data = gzipSync(JSON.stringify(payload)).toString('base64');
    expect(await graph(highlight.publicGraphUrl, push, { id: SECURE_ID, pid: '1', data })).toEqual({
      data: { pushSessionEvents: null },
    });
    // The recorder retries with the same payload id: applied once.
    await graph(highlight.publicGraphUrl, push, { id: SECURE_ID, pid: '1', data });

    const read = await graph(
      highlight.privateGraphUrl,
      `query($id: String!) {
        session(secure_id: $id) { length active_length processed has_errors last_user_interaction_time fields { name value type } }
        session_intervals(session_secure_id: $id) { start_time end_time duration active }
        errors(session_secure_id: $id) { event type stack_trace structured_stack_trace { fileName functionName } }
        events(session_secure_id: $id)
        resources(session_secure_id: $id)
      }`,
      { id: SECURE_ID },
      { token: 'any' },
    );
    expect(read.errors).toBeUndefined();
    const {
      session,
      session_intervals: intervals,
      errors,
      events: stored,
      resources,
    } = read.data as Record<string, unknown>;
    expect(session).toMatchObject({
      length: 31_000,
      processed: false,
      has_errors: true,
      last_user_interaction_time: '2026-06-01T12:00:30.000Z',
    });
    expect((session as { fields: unknown[] }).fields).toEqual(
      expect.arrayContaining([
        { name: 'event', value: 'checkout', type: 'track' },
        { name: 'plan', value: 'pro', type: 'track' },
      ]),
    );
    expect(intervals).toEqual([
      { start_time: '2026-06-01T12:00:00.000Z', end_time: '2026-06-01T12:00:03.000Z', duration: 3000, active: true },
      { start_time: '2026-06-01T12:00:03.000Z', end_time: '2026-06-01T12:00:30.000Z', duration: 27_000, active: false },
      { start_time: '2026-06-01T12:00:30.000Z', end_time: '2026-06-01T12:00:31.000Z', duration: 1000, active: true },
    ]);
    expect((session as { active_length: number }).active_length).toBe(4000);
    expect(errors).toEqual([
      {
        event: ['Error: boom'],
        type: 'window.onerror',
        stack_trace: expect.stringContaining('app.js'),
        structured_stack_trace: [{ fileName: 'app.js', functionName: 'go' }],
      },
    ]);
    expect(stored).toHaveLength(events.length);
    expect(resources).toEqual([{ name: 'http://127.0.0.1/app.js' }]);

    const unload = await graph(
      highlight.publicGraphUrl,
      `mutation($id: String!) { pushPayload(session_secure_id: $id, payload_id: "2", events: { events: [] }, messages: "", resources: "", errors: [], has_session_unloaded: true) }`,
      { id: SECURE_ID },
    );
    expect(unload).toEqual({ data: { pushPayload: 0 } });
    expect(highlight.store.sessions.get(SECURE_ID)?.processed).toBe(true);
  });

  it('a recorded session goes quiet for 15 minutes of the clock: processed; processSessions() does it at once', async () => {
    await graph(highlight.publicGraphUrl, INITIALIZE, { id: SECURE_ID });
    await graph(
      highlight.publicGraphUrl,
      `mutation($id: String!) { pushPayload(session_secure_id: $id, events: { events: [{ type: 2, timestamp: ${START}, _sid: 1, data: {} }] }, messages: "", resources: "", errors: []) }`,
      { id: SECURE_ID },
    );
    const processed = async () => {
      const query = `query { session(secure_id: "${SECURE_ID}") { processed } }`;
      const result = await graph(highlight.privateGraphUrl, query, {}, { token: 'any' });
      return (result.data?.session as { processed: boolean } | undefined)?.processed;
    };
    expect(await processed()).toBe(false);
    highlight.clock.advance(15 * 60_000);
    expect(await processed()).toBe(true);
    highlight.reset();
    await graph(highlight.publicGraphUrl, INITIALIZE, { id: SECURE_ID });
    await graph(
      highlight.publicGraphUrl,
      `mutation($id: String!) { pushPayload(session_secure_id: $id, events: { events: [] }, messages: "", resources: "", errors: []) }`,
      { id: SECURE_ID },
    );
    highlight.processSessions();
    expect(await processed()).toBe(true);
  });

  it('a payload that is not base64 of gzip JSON is a GraphQL error', async () => {
    const result = await graph(
      highlight.publicGraphUrl,
      'mutation { pushSessionEvents(session_secure_id: "x", payload_id: 1, data: "not-gzip") }',
    );
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('decompress') });
  });
});
