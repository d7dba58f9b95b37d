import { GraphQLError } from 'graphql';
import type { EmulatedRecording } from './ingest.ts';
import { matches, parseQuery } from './search.ts';
import type {
  EmulatedComment,
  EmulatedError,
  EmulatedField,
  EmulatedInterval,
  EmulatedSession,
  RequestContext,
} from './types.ts';
import { fnv32a, parseUserAgent } from './user-agent.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_VALUE_CHARS = 2000;
const MAX_FIELDS_PER_APPEND = 1000;
/** graphql-js serialises `Int` as a signed 32-bit value, so the emulator keeps 31 bits of the FNV-32a hash. */
const INT32_MASK = 0x7fffffff;

/** Arguments of the public graph's `initializeSession`. */
export interface InitializeArgs {
  session_secure_id: string;
  session_key?: string | null;
  organization_verbose_id: string;
  enable_strict_privacy: boolean;
  enable_recording_network_contents: boolean;
  clientVersion: string;
  firstloadVersion: string;
  clientConfig: string;
  environment: string;
  appVersion?: string | null;
  serviceName?: string | null;
  fingerprint: string;
  client_id: string;
  network_recording_domains?: string[] | null;
  disable_session_recording?: boolean | null;
  privacy_setting?: string | null;
}

/** Arguments of the private graph's `sessions`. */
export interface SearchArgs {
  project_id: string;
  count: number;
  params: { query: string; date_range: { start_date: string; end_date: string } };
  sort_field?: string | null;
  sort_desc: boolean;
  page?: number | null;
}

/** The in-memory state of the emulator: sessions with their fields, intervals, errors and feedback. */
export class HighlightStore {
  readonly projectId: number;
  /** The verbose id the public graph also accepts as `organization_verbose_id`. */
  readonly verboseId: string;
  readonly sessions = new Map<string, EmulatedSession>();
  readonly intervals = new Map<string, EmulatedInterval[]>();
  readonly errors = new Map<string, EmulatedError[]>();
  /** What the recorder sent per session: replay events, network resources, WebSocket events, console, metrics. */
  readonly recordings = new Map<string, EmulatedRecording>();
  readonly #clock: () => Date;
  #nextId = 1;

  constructor(projectId: number, verboseId: string, clock: () => Date) {
    this.projectId = projectId;
    this.verboseId = verboseId;
    this.#clock = clock;
  }

  /** The emulator's current time. */
  now(): Date {
    return this.#clock();
  }

  /** A new numeric id (sessions, fields, comments, errors share one sequence). */
  nextId(): number {
    const id = this.#nextId;
    this.#nextId += 1;
    return id;
  }

  /** Forgets everything. */
  clear(): void {
    this.sessions.clear();
    this.intervals.clear();
    this.errors.clear();
    this.recordings.clear();
    this.#nextId = 1;
  }

  /** The recording of a session (created empty on first use). */
  recording(secureId: string): EmulatedRecording {
    let recording = this.recordings.get(secureId);
    if (!recording) {
      recording = { events: [], resources: [], webSocketEvents: [], messages: [], metrics: [], payloadIds: new Set() };
      this.recordings.set(secureId, recording);
    }
    return recording;
  }

  /** Writes fields of a type (blank values dropped, values cut at 2000 characters, duplicates skipped). */
  addFields(session: EmulatedSession, type: EmulatedField['type'], values: object): void {
    this.#appendFields(session, type, values as Record<string, unknown>);
  }

  /** Whether `id` names this project (numeric id or verbose id). */
  isProject(id: string): boolean {
    return id === String(this.projectId) || id === this.verboseId;
  }

  /** Adds a complete session (seeding). */
  insert(session: EmulatedSession, intervals: EmulatedInterval[] = [], errors: EmulatedError[] = []): void {
    this.sessions.set(session.secure_id, session);
    this.intervals.set(session.secure_id, intervals);
    this.errors.set(session.secure_id, errors);
  }

  /**
   * `initializeSession`: creates the session, or returns the existing one for a repeated secure id (the
   * SDKs retry with the same id). Browser, OS and language come from the request headers, as in Highlight.
   */
  initialize(args: InitializeArgs, request: RequestContext): EmulatedSession {
    if (!this.isProject(args.organization_verbose_id)) {
      throw new GraphQLError(`project not found for organization_verbose_id ${args.organization_verbose_id}`);
    }
    const existing = this.sessions.get(args.session_secure_id);
    if (existing) return existing;
    const now = this.now().toISOString();
    const privacy = args.privacy_setting ?? (args.enable_strict_privacy ? 'strict' : 'default');
    const session: EmulatedSession = {
      id: String(this.nextId()),
      secure_id: args.session_secure_id,
      project_id: this.projectId,
      session_key: args.session_key ?? null,
      user_agent: request.userAgent,
      client_id: args.client_id,
      fingerprint: fnv32a(args.fingerprint) & INT32_MASK,
      ...parseUserAgent(request.userAgent),
      ip: request.ip,
      city: '',
      state: '',
      country: '',
      postal: '',
      environment: args.environment,
      service_name: args.serviceName ?? null,
      app_version: args.appVersion ?? null,
      client_version: args.clientVersion,
      firstload_version: args.firstloadVersion,
      client_config: args.clientConfig,
      language: request.language,
      identifier: '',
      identified: false,
      created_at: now,
      payload_updated_at: null,
      length: 0,
      active_length: 0,
      user_object: null,
      user_properties: null,
      fields: [],
      viewed: false,
      starred: false,
      processed: false,
      excluded: false,
      excluded_reason: null,
      has_rage_clicks: false,
      has_errors: false,
      first_time: true,
      field_group: null,
      enable_strict_privacy: args.enable_strict_privacy,
      privacy_setting: privacy,
      enable_recording_network_contents: args.enable_recording_network_contents,
      object_storage_enabled: false,
      payload_size: 0,
      within_billing_quota: true,
      is_public: false,
      event_counts: null,
      direct_download_url: null,
      resources_url: null,
      web_socket_events_url: null,
      timeline_indicators_url: null,
      deviceMemory: null,
      last_user_interaction_time: now,
      chunked: false,
      session_feedback: [],
      email: null,
    };
    this.insert(session);
    return session;
  }

  /**
   * `identifySession`: sets the identifier (and the email, from the identifier or `user_object.email`), writes
   * `user` fields, and back-fills earlier unidentified sessions of the same client id. An unknown secure id is
   * accepted and dropped, as Highlight's asynchronous ingest does.
   */
  identify(secureId: string, identifier: string, userObject: unknown): void {
    const session = this.sessions.get(secureId);
    if (!session) return;
    const user = isRecord(userObject) ? userObject : {};
    const email = EMAIL.test(identifier) ? identifier : typeof user.email === 'string' ? user.email : null;
    const earlier = [...this.sessions.values()].some(
      (other) => other !== session && other.identified && other.identifier === identifier,
    );
    for (const target of [...this.sessions.values()]) {
      const isSame = target === session;
      if (!isSame && (target.client_id !== session.client_id || target.identified)) continue;
      target.identifier = identifier;
      target.identified = true;
      target.email = email;
      if (isSame) target.first_time = !earlier;
    }
    session.user_object = isRecord(userObject) ? { ...userObject } : session.user_object;
    session.user_properties = JSON.stringify({ identifier, ...(email ? { email } : {}), ...user });
    this.#appendFields(session, 'user', { identifier, ...(email ? { email } : {}), ...user });
  }

  /** `addSessionProperties`: writes `session` fields (blank values dropped, values cut at 2000 characters). */
  addProperties(secureId: string, properties: unknown): void {
    const session = this.sessions.get(secureId);
    if (session && isRecord(properties)) this.#appendFields(session, 'session', properties);
  }

  /** `addSessionFeedback`: adds a `FEEDBACK` comment. */
  addFeedback(secureId: string, verbatim: string, userName: string | null, userEmail: string | null, at: string): void {
    const session = this.sessions.get(secureId);
    if (!session) return;
    const offset = Math.max(0, Date.parse(at) - Date.parse(session.created_at));
    const comment: EmulatedComment = {
      id: String(this.nextId()),
      project_id: String(this.projectId),
      timestamp: Number.isFinite(offset) ? offset : null,
      created_at: at,
      updated_at: at,
      session_id: Number(session.id),
      session_secure_id: session.secure_id,
      author: null,
      text: verbatim,
      x_coordinate: null,
      y_coordinate: null,
      type: 'FEEDBACK',
      metadata: { name: userName, email: userEmail },
      tags: [],
      attachments: [],
      replies: [],
    };
    session.session_feedback.push(comment);
  }

  /** The private graph's `sessions`: query, date range on `created_at`, sort, 1-based page of `count`. */
  search(args: SearchArgs) {
    const terms = parseQuery(args.params.query);
    const start = Date.parse(args.params.date_range.start_date);
    const end = Date.parse(args.params.date_range.end_date);
    const field = args.sort_field && SORTABLE.has(args.sort_field) ? args.sort_field : 'created_at';
    const direction = args.sort_desc ? -1 : 1;
    const found = [...this.sessions.values()]
      .filter((session) => {
        const created = Date.parse(session.created_at);
        return created >= start && created <= end && matches(session, terms);
      })
      .sort((a, b) => direction * (compare(sortKey(a, field), sortKey(b, field)) || Number(a.id) - Number(b.id)));
    const page = Math.max(1, args.page ?? 1);
    const offset = (page - 1) * args.count;
    return {
      sessions: found.slice(offset, offset + args.count),
      totalCount: found.length,
      totalLength: found.reduce((sum, session) => sum + (session.length ?? 0), 0),
      totalActiveLength: found.reduce((sum, session) => sum + (session.active_length ?? 0), 0),
    };
  }

  #appendFields(session: EmulatedSession, type: EmulatedField['type'], values: Record<string, unknown>): void {
    const entries = Object.entries(values).slice(0, MAX_FIELDS_PER_APPEND);
    for (const [name, raw] of entries) {
      if (raw === null || raw === undefined || typeof raw === 'object') continue;
      const value = String(raw).slice(0, MAX_VALUE_CHARS);
      if (value.trim() === '') continue;
      const duplicate = session.fields.some((f) => f.type === type && f.name === name && f.value === value);
      if (!duplicate) session.fields.push({ id: this.nextId(), name, value, type });
    }
  }
}

const SORTABLE: ReadonlySet<string> = new Set(['created_at', 'length', 'active_length', 'identifier']);

function sortKey(session: EmulatedSession, field: string): string | number {
  if (field === 'created_at') return Date.parse(session.created_at);
  const value = session[field as keyof EmulatedSession];
  return typeof value === 'number' || typeof value === 'string' ? value : 0;
}

function compare(a: string | number, b: string | number): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
