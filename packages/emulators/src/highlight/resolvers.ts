import { GraphQLError } from 'graphql';
import {
  applyBackendErrors,
  applyMetrics,
  applyPayload,
  type BackendError,
  decodeCompressed,
  type MetricInput,
  type PushPayloadArgs,
  processIdle,
} from './ingest.ts';
import type { HighlightStore, InitializeArgs, SearchArgs } from './store.ts';
import type { EmulatedSession, RequestContext } from './types.ts';

/** What every resolver receives as its context. */
export interface ResolverContext extends RequestContext {
  readonly store: HighlightStore;
}

type Args = Record<string, unknown>;

/** The private graph refuses anonymous callers, and OAuth clients outside their allow-list, per field. */
function authorize(context: ResolverContext, field: string): void {
  const { caller } = context;
  if (caller.kind === 'anonymous') throw new GraphQLError('401 - AuthenticationError');
  if (caller.kind === 'oauth' && caller.operations && !caller.operations.has(field)) {
    throw new GraphQLError(`403 - AuthorizationError: ${field}`);
  }
}

/** A session the caller may read: owners always; anyone when it is public (as `canAdminViewSession`). */
function readable(context: ResolverContext, field: string, secureId: string): EmulatedSession | null {
  const session = context.store.sessions.get(secureId) ?? null;
  if (session) processIdle(context.store, session);
  if (session?.is_public && context.caller.kind === 'anonymous') return session;
  authorize(context, field);
  return session;
}

/** A compressed payload's `data` belongs to the session the mutation names, whatever the JSON inside says. */
function compressed(args: Args): PushPayloadArgs {
  return { ...decodeCompressed(String(args.data)), session_secure_id: String(args.session_secure_id) };
}

/**
 * Resolvers of the public graph (SDK ingest): every operation of the schema, so the `highlight.run` recorder runs
 * against it — sessions, identification, properties, replay payloads (plain and compressed), backend errors,
 * metrics, feedback, and the sampling configuration (no sampling rules).
 */
export const publicResolvers = {
  Query: {
    ignore: () => null,
    sampling: (_: unknown, args: Args, context: ResolverContext) => {
      if (!context.store.isProject(String(args.organization_verbose_id))) {
        throw new GraphQLError(`project not found for organization_verbose_id ${args.organization_verbose_id}`);
      }
      return { spans: [], logs: [] };
    },
  },
  Mutation: {
    pushPayload: (_: unknown, args: Args, context: ResolverContext) =>
      applyPayload(context.store, args as unknown as PushPayloadArgs),
    pushPayloadCompressed: (_: unknown, args: Args, context: ResolverContext) => {
      applyPayload(context.store, compressed(args));
      return null;
    },
    pushSessionEvents: (_: unknown, args: Args, context: ResolverContext) => {
      applyPayload(context.store, compressed(args));
      return null;
    },
    pushBackendPayload: (_: unknown, args: Args, context: ResolverContext) => {
      applyBackendErrors(context.store, args.errors as BackendError[]);
      return null;
    },
    pushMetrics: (_: unknown, args: Args, context: ResolverContext) =>
      applyMetrics(context.store, args.metrics as MetricInput[]),
    markBackendSetup: () => null,
    initializeSession: (_: unknown, args: Args, context: ResolverContext) => {
      const session = context.store.initialize(args as unknown as InitializeArgs, context);
      return { secure_id: session.secure_id, project_id: String(session.project_id), sampling: null };
    },
    identifySession: (_: unknown, args: Args, context: ResolverContext) => {
      context.store.identify(String(args.session_secure_id), String(args.user_identifier), args.user_object);
      return args.session_secure_id;
    },
    addSessionProperties: (_: unknown, args: Args, context: ResolverContext) => {
      context.store.addProperties(String(args.session_secure_id), args.properties_object);
      return args.session_secure_id;
    },
    addSessionFeedback: (_: unknown, args: Args, context: ResolverContext) => {
      context.store.addFeedback(
        String(args.session_secure_id),
        String(args.verbatim),
        (args.user_name as string | null | undefined) ?? null,
        (args.user_email as string | null | undefined) ?? null,
        String(args.timestamp),
      );
      return args.session_secure_id;
    },
  },
};

/** The replay data a session's recorder sent, for the private graph's `events`, `resources`, `websocket_events`. */
function recorded(
  context: ResolverContext,
  field: string,
  args: Args,
  key: 'events' | 'resources' | 'webSocketEvents',
) {
  const id = String(args.session_secure_id);
  if (!readable(context, field, id)) return null;
  return context.store.recordings.get(id)?.[key] ?? [];
}

/**
 * Resolvers of the private graph (dashboard API): session search and reads, intervals, errors, the recorded
 * events/resources/WebSocket events, and the two session mutations.
 */
export const privateResolvers = {
  Query: {
    events: (_: unknown, args: Args, context: ResolverContext) => recorded(context, 'events', args, 'events'),
    resources: (_: unknown, args: Args, context: ResolverContext) => recorded(context, 'resources', args, 'resources'),
    websocket_events: (_: unknown, args: Args, context: ResolverContext) =>
      recorded(context, 'websocket_events', args, 'webSocketEvents'),
    sessions: (_: unknown, args: Args, context: ResolverContext) => {
      authorize(context, 'sessions');
      const search = args as unknown as SearchArgs;
      if (!context.store.isProject(search.project_id)) {
        throw new GraphQLError(`403 - AuthorizationError: project ${search.project_id}`);
      }
      for (const session of context.store.sessions.values()) processIdle(context.store, session);
      return context.store.search(search);
    },
    session: (_: unknown, args: Args, context: ResolverContext) => readable(context, 'session', String(args.secure_id)),
    session_intervals: (_: unknown, args: Args, context: ResolverContext) => {
      const id = String(args.session_secure_id);
      readable(context, 'session_intervals', id);
      return context.store.intervals.get(id) ?? [];
    },
    errors: (_: unknown, args: Args, context: ResolverContext) => {
      const id = String(args.session_secure_id);
      readable(context, 'errors', id);
      return context.store.errors.get(id) ?? [];
    },
  },
  Mutation: {
    markSessionAsViewed: (_: unknown, args: Args, context: ResolverContext) => {
      authorize(context, 'markSessionAsViewed');
      const session = context.store.sessions.get(String(args.secure_id));
      if (session) session.viewed = (args.viewed as boolean | null | undefined) ?? session.viewed;
      return session ?? null;
    },
    updateSessionIsPublic: (_: unknown, args: Args, context: ResolverContext) => {
      authorize(context, 'updateSessionIsPublic');
      const session = context.store.sessions.get(String(args.session_secure_id));
      if (session) session.is_public = Boolean(args.is_public);
      return session ?? null;
    },
  },
};
