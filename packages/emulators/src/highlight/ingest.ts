import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { GraphQLError } from 'graphql';
import type { HighlightStore } from './store.ts';
import type { EmulatedError, EmulatedInterval, EmulatedSession } from './types.ts';
import { fnv32a } from './user-agent.ts';

/** A gap between two user interactions longer than this splits an active stretch (an emulator choice). */
export const INACTIVITY_MS = 10_000;
/** A live session with no payload for this long counts as ended and processed, as Highlight's worker would. */
export const SESSION_IDLE_MS = 15 * 60_000;

/** rrweb's `IncrementalSource` values that are the user doing something (mouse, scroll, input, touch, media, drag…). */
const USER_SOURCES: ReadonlySet<number> = new Set([1, 2, 3, 5, 6, 7, 12, 14]);
/** rrweb event types: 3 is an incremental snapshot, 5 a custom event (Highlight's `Track`, `Navigate`, …). */
const INCREMENTAL = 3;
const CUSTOM = 5;

/** An rrweb event as the recorder sends it (`ReplayEventInput`). */
export interface ReplayEvent {
  readonly type: number;
  readonly timestamp: number;
  readonly _sid?: number;
  readonly data: unknown;
}

/** The variables of `pushPayload`, also the JSON that `pushSessionEvents`/`pushPayloadCompressed` compress. */
export interface PushPayloadArgs {
  readonly session_secure_id: string;
  readonly payload_id?: string | number | null;
  readonly events: { readonly events: ReadonlyArray<ReplayEvent | null> };
  readonly messages?: string | null;
  readonly resources?: string | null;
  readonly web_socket_events?: string | null;
  readonly errors?: ReadonlyArray<BrowserError | null> | null;
  readonly is_beacon?: boolean | null;
  readonly has_session_unloaded?: boolean | null;
  readonly highlight_logs?: string | null;
}

/** `ErrorObjectInput`. */
interface BrowserError {
  readonly event: string;
  readonly type: string;
  readonly url: string;
  readonly source: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
  readonly stackTrace: ReadonlyArray<{
    readonly functionName?: string | null;
    readonly fileName?: string | null;
    readonly lineNumber?: number | null;
    readonly columnNumber?: number | null;
  } | null>;
  readonly timestamp: string;
  readonly payload?: string | null;
}

/** `BackendErrorObjectInput`. */
export interface BackendError {
  readonly session_secure_id?: string | null;
  readonly request_id?: string | null;
  readonly trace_id?: string | null;
  readonly span_id?: string | null;
  readonly log_cursor?: string | null;
  readonly event: string;
  readonly type: string;
  readonly url: string;
  readonly source: string;
  readonly stackTrace: string;
  readonly timestamp: string;
  readonly payload?: string | null;
  readonly service: { readonly name: string; readonly version: string };
  readonly environment: string;
}

/** `MetricInput`. */
export interface MetricInput {
  readonly session_secure_id: string;
  readonly name: string;
  readonly value: number;
  readonly category?: string | null;
  readonly group?: string | null;
  readonly timestamp: string;
  readonly tags?: ReadonlyArray<{ readonly name: string; readonly value: string }> | null;
  readonly span_id?: string | null;
  readonly parent_span_id?: string | null;
  readonly trace_id?: string | null;
}

/** What the recorder sent for one session, beyond the session row: replay events, network, console, metrics. */
export interface EmulatedRecording {
  readonly events: ReplayEvent[];
  readonly resources: unknown[];
  readonly webSocketEvents: unknown[];
  readonly messages: unknown[];
  readonly metrics: MetricInput[];
  /** Payload ids already applied (the recorder retries with the same id). */
  readonly payloadIds: Set<string>;
}

/**
 * Decodes the `data` of `pushSessionEvents`/`pushPayloadCompressed`: base64 of the compressed JSON of the
 * `pushPayload` variables (gzip from highlight.run's fflate; zlib and raw deflate accepted too).
 */
export function decodeCompressed(data: string): PushPayloadArgs {
  const bytes = Buffer.from(data, 'base64');
  let text: string;
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    else if (bytes[0] === 0x78) text = inflateSync(bytes).toString('utf8');
    else text = inflateRawSync(bytes).toString('utf8');
  } catch {
    throw new GraphQLError('failed to decompress payload: data is not base64 of gzip-compressed JSON');
  }
  try {
    return JSON.parse(text) as PushPayloadArgs;
  } catch {
    throw new GraphQLError('failed to unmarshal payload: data is not JSON');
  }
}

/**
 * Applies one payload to its session, as Highlight's workers would once processed: events, errors, network and
 * console records are kept; `length`, `active_length`, the intervals, `last_user_interaction_time`,
 * `payload_updated_at`, `event_counts` and `has_errors` follow; `Track` custom events become `track` fields and
 * `Navigate`/`Reload` ones `visited-url` fields; a payload sent on unload ends (processes) the session. An unknown
 * secure id is dropped, as Highlight's asynchronous ingest does. Returns the number of events.
 */
export function applyPayload(store: HighlightStore, payload: PushPayloadArgs): number {
  const events = (payload.events?.events ?? []).filter((event): event is ReplayEvent => event !== null);
  const session = store.sessions.get(payload.session_secure_id);
  if (!session) return events.length;
  const recording = store.recording(session.secure_id);
  const payloadId = payload.payload_id === undefined || payload.payload_id === null ? '' : String(payload.payload_id);
  if (payloadId !== '' && recording.payloadIds.has(payloadId)) return events.length;
  if (payloadId !== '') recording.payloadIds.add(payloadId);

  recording.events.push(...events);
  recording.events.sort((a, b) => a.timestamp - b.timestamp);
  recording.resources.push(...listIn(payload.resources, 'resources'));
  recording.webSocketEvents.push(...listIn(payload.web_socket_events, 'webSocketEvents'));
  recording.messages.push(...listIn(payload.messages, 'messages'));
  for (const error of payload.errors ?? []) if (error) addError(store, session, browserError(store, session, error));
  for (const event of events) customEvent(store, session, event);

  const now = store.now().toISOString();
  session.payload_updated_at = now;
  timing(store, session, recording.events);
  if (payload.has_session_unloaded) session.processed = true;
  return events.length;
}

/** `pushBackendPayload`: errors of a backend, attached to the browser session they name (others are dropped). */
export function applyBackendErrors(store: HighlightStore, errors: ReadonlyArray<BackendError | null>): void {
  for (const error of errors) {
    const session = error?.session_secure_id ? store.sessions.get(error.session_secure_id) : undefined;
    if (!error || !session) continue;
    addError(store, session, {
      ...errorBase(store, session, error.event, error.type, error.url, error.source, error.timestamp),
      lineNumber: null,
      columnNumber: null,
      trace_id: error.trace_id ?? null,
      span_id: error.span_id ?? null,
      log_cursor: error.log_cursor ?? null,
      stack_trace: error.stackTrace,
      structured_stack_trace: [],
      payload: error.payload ?? null,
      request_id: error.request_id ?? null,
      environment: error.environment,
      serviceVersion: error.service.version,
      serviceName: error.service.name,
    });
  }
}

/** `pushMetrics`: kept per session (web vitals and the like); returns how many were accepted. */
export function applyMetrics(store: HighlightStore, metrics: ReadonlyArray<MetricInput | null>): number {
  let accepted = 0;
  for (const metric of metrics) {
    if (!metric || !store.sessions.has(metric.session_secure_id)) continue;
    store.recording(metric.session_secure_id).metrics.push(metric);
    accepted += 1;
  }
  return accepted;
}

/** Marks a recorded live session idle for `SESSION_IDLE_MS` (by the emulator's clock) as processed. */
export function processIdle(store: HighlightStore, session: EmulatedSession): void {
  if (session.processed || !store.recordings.has(session.secure_id)) return;
  const last = Date.parse(session.payload_updated_at ?? session.created_at);
  if (store.now().getTime() - last >= SESSION_IDLE_MS) session.processed = true;
}

function listIn(text: string | null | undefined, key: string): unknown[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value;
    const list = (value as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function errorBase(
  store: HighlightStore,
  session: EmulatedSession,
  event: string,
  type: string,
  url: string,
  source: string,
  timestamp: string,
) {
  const group = (fnv32a(`${type}\n${event}`) & 0x7fffffff) % 100_000;
  return {
    id: String(store.nextId()),
    created_at: store.now().toISOString(),
    project_id: store.projectId,
    session_id: Number(session.id),
    error_group_id: group,
    error_group_secure_id: `errgroup${group}`,
    event: [event],
    type,
    url,
    source,
    timestamp: Number.isNaN(Date.parse(timestamp)) ? store.now().toISOString() : timestamp,
    os: `${session.os_name} ${session.os_version}`.trim(),
    browser: `${session.browser_name} ${session.browser_version}`.trim(),
  };
}

function browserError(store: HighlightStore, session: EmulatedSession, error: BrowserError): EmulatedError {
  const frames = error.stackTrace.filter((frame) => frame !== null);
  return {
    ...errorBase(store, session, error.event, error.type, error.url, error.source, error.timestamp),
    lineNumber: error.lineNumber,
    columnNumber: error.columnNumber,
    trace_id: null,
    span_id: null,
    log_cursor: null,
    stack_trace: JSON.stringify(frames),
    structured_stack_trace: frames.map((frame) => ({
      fileName: frame.fileName ?? '',
      lineNumber: frame.lineNumber ?? 0,
      functionName: frame.functionName ?? '',
      columnNumber: frame.columnNumber ?? 0,
    })),
    payload: error.payload ?? null,
    request_id: null,
    environment: session.environment,
    serviceVersion: session.app_version,
    serviceName: session.service_name,
  };
}

function addError(store: HighlightStore, session: EmulatedSession, error: EmulatedError): void {
  const errors = store.errors.get(session.secure_id) ?? [];
  errors.push(error);
  store.errors.set(session.secure_id, errors);
  session.has_errors = true;
}

/** `Track` custom events → `track` fields; `Navigate`/`Reload` → `visited-url` fields. */
function customEvent(store: HighlightStore, session: EmulatedSession, event: ReplayEvent): void {
  if (event.type !== CUSTOM || typeof event.data !== 'object' || event.data === null) return;
  const { tag, payload } = event.data as { tag?: unknown; payload?: unknown };
  if (tag === 'Track') {
    const properties = typeof payload === 'string' ? safeJson(payload) : payload;
    if (typeof properties === 'object' && properties !== null) store.addFields(session, 'track', properties);
  } else if ((tag === 'Navigate' || tag === 'Reload') && typeof payload === 'string') {
    store.addFields(session, 'session', { 'visited-url': payload });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Lengths, intervals and the event histogram from every event received so far. */
function timing(store: HighlightStore, session: EmulatedSession, events: readonly ReplayEvent[]): void {
  if (events.length === 0) return;
  const start = (events[0] as ReplayEvent).timestamp;
  const end = (events[events.length - 1] as ReplayEvent).timestamp;
  const activity = events
    .filter((event) => event.type === INCREMENTAL && USER_SOURCES.has(sourceOf(event)))
    .map((event) => event.timestamp);
  const intervals = intervalsOf(session.secure_id, start, end, activity);
  store.intervals.set(session.secure_id, intervals);
  session.length = Math.round(end - start);
  session.active_length = intervals.filter((i) => i.active).reduce((sum, interval) => sum + interval.duration, 0);
  if (activity.length > 0) {
    session.last_user_interaction_time = new Date(activity[activity.length - 1] as number).toISOString();
  }
  const buckets = Array.from({ length: 100 }, () => 0);
  for (const event of events) {
    const at = end === start ? 0 : Math.min(99, Math.floor(((event.timestamp - start) / (end - start)) * 100));
    buckets[at] = (buckets[at] ?? 0) + 1;
  }
  session.event_counts = JSON.stringify(buckets);
}

function sourceOf(event: ReplayEvent): number {
  const source = (event.data as { source?: unknown } | null)?.source;
  return typeof source === 'number' ? source : -1;
}

/**
 * Active stretches are runs of user interactions less than `INACTIVITY_MS` apart; everything between them (and before
 * the first, after the last) is inactive. Stretches shorter than a millisecond are dropped.
 */
export function intervalsOf(
  secureId: string,
  start: number,
  end: number,
  activity: readonly number[],
): EmulatedInterval[] {
  const stretches: Array<[number, number, boolean]> = [];
  let cursor = start;
  let index = 0;
  while (index < activity.length) {
    let first = activity[index] as number;
    let last = first;
    while (index + 1 < activity.length && (activity[index + 1] as number) - last < INACTIVITY_MS) {
      index += 1;
      last = activity[index] as number;
    }
    index += 1;
    if (first - cursor < INACTIVITY_MS) first = cursor;
    else stretches.push([cursor, first, false]);
    stretches.push([first, last, true]);
    cursor = last;
  }
  if (end > cursor) {
    const tail = stretches[stretches.length - 1];
    if (tail?.[2] && end - cursor < INACTIVITY_MS) tail[1] = end;
    else stretches.push([cursor, end, false]);
  }
  return stretches
    .filter(([from, to]) => to - from >= 1)
    .map(([from, to, active]) => ({
      session_secure_id: secureId,
      start_time: new Date(from).toISOString(),
      end_time: new Date(to).toISOString(),
      duration: Math.round(to - from),
      active,
    }));
}
