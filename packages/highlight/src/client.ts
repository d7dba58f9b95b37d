import { ConfigurationError, HttpClient, readEnv, validateInput } from '@sessionkit/core';
import type {
  ApiPromise,
  ClientOptions,
  RequestOptions,
  StandardSchemaIssue,
  StandardSchemaResult,
  StandardSchemaV1,
  TokenProvider,
} from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import { resolveAuth } from './internal/auth.ts';
import { type Endpoints, resolveEndpoints } from './internal/endpoints.ts';
import { parseHighlightErrorBody } from './internal/error-body.ts';
import { isObject } from './internal/graphql-envelope.ts';
import { operationOf } from './internal/graphql-operation.ts';
import { GraphQLTransport, REQUEST_ID_HEADERS } from './internal/graphql-transport.ts';
import { HighlightErrors } from './internal/highlight-errors.ts';
import { SessionsResource } from './resources/sessions.ts';
import type { GraphQLRequest } from './types/graphql-request.ts';
import { VERSION } from './version.ts';

/**
 * Options of `HighlightClient`: the project, where the two graphs are, the private graph's credentials (one kind:
 * `token`, `tokenProvider`, or `clientId` + `clientSecret`), and every core option (`timeoutMs`, `maxRetries`,
 * `retry`, `fetch`, `hooks`, `validation`, `headers`, `allowInsecureHttp`, `compileSchema`…). `baseUrl` is the
 * Highlight backend serving both graphs (`{baseUrl}/public`, `{baseUrl}/private`, `{baseUrl}/oauth/token`).
 *
 * @example
 * ```ts
 * const options: HighlightClientOptions = {
 *   projectId: '1',
 *   publicGraphUrl: 'https://highlight.internal:8082/public',
 *   privateGraphUrl: 'https://highlight.internal:8082/private',
 *   token: process.env.HIGHLIGHT_TOKEN,
 * };
 * ```
 */
export interface HighlightClientOptions extends ClientOptions {
  /**
   * The numeric project id (the number in the dashboard URL `/{project_id}/sessions`). `initialize` sends it as the
   * project's verbose id, which Highlight also accepts numerically; `search` needs the number. Default:
   * `HIGHLIGHT_PROJECT_ID`.
   */
  readonly projectId?: string | number | undefined;
  /** The public graph (SDK ingest). Default: `HIGHLIGHT_PUBLIC_GRAPH_URL`, else `{baseUrl}/public` (`http://localhost:8082/public`). */
  readonly publicGraphUrl?: string | undefined;
  /** The private graph (dashboard API). Default: `HIGHLIGHT_PRIVATE_GRAPH_URL`, else `{baseUrl}/private` (`http://localhost:8082/private`). */
  readonly privateGraphUrl?: string | undefined;
  /** A dashboard token, sent as the `token` header (a Firebase ID token or a self-hosted password-mode JWT). Default: `HIGHLIGHT_TOKEN`. */
  readonly token?: string | undefined;
  /**
   * Returns a current access token before each private-graph request, sent as `Authorization: Bearer` (an OAuth
   * token from your own flow or a secrets manager); the provider owns caching, and is called again once after a 401.
   */
  readonly tokenProvider?: TokenProvider | undefined;
  /** OAuth client id (client-credentials grant against `tokenUrl`). Default: `HIGHLIGHT_CLIENT_ID`. */
  readonly clientId?: string | undefined;
  /** OAuth client secret. Default: `HIGHLIGHT_CLIENT_SECRET`. Refused in a browser. */
  readonly clientSecret?: string | undefined;
  /** The OAuth token endpoint, a full URL. Default: `/oauth/token` on the private graph's origin. */
  readonly tokenUrl?: string | undefined;
  /** Renew an OAuth token this long before it expires, in milliseconds. Default 60 s. */
  readonly refreshSkewMs?: number | undefined;
  /** The dashboard, for summary links. Default `http://localhost:3000` when the private graph is the self-hosted default. */
  readonly dashboardUrl?: string | undefined;
}

const PROJECT_ID = /^\d+$|^[A-Za-z0-9]{1,64}$/;
const NonEmpty = z.string({ error: 'Must be a string' }).check(z.minLength(1, { error: 'Must not be empty' }));
const GraphQLRequestSchema = z.strictObject({
  graph: z.enum(['public', 'private'], { error: "Must be 'public' or 'private'" }),
  query: NonEmpty,
  variables: z.optional(z.record(z.string(), z.unknown())),
  operationName: z.optional(NonEmpty),
  schema: z.optional(
    z.custom<StandardSchemaV1>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Partial<StandardSchemaV1>)['~standard']?.validate === 'function',
      { error: 'Must be a Standard Schema (zod, valibot…)' },
    ),
  ),
  idempotent: z.optional(z.boolean({ error: 'Must be a boolean' })),
});

/** A GraphQL response as a raw `request()` reads it: an object, with `data` (else `null`). */
interface GraphQLBody {
  readonly data?: unknown;
}

/** `data` of a raw request's result, `null` when the body has none (validation `off` leaves the body unchecked). */
function dataOf(body: unknown): unknown {
  return isObject(body) ? (body.data ?? null) : null;
}

function withinData(body: GraphQLBody, result: StandardSchemaResult<unknown>): StandardSchemaResult<GraphQLBody> {
  if (result.issues === undefined) return { value: { ...body, data: result.value } };
  return {
    issues: result.issues.map(
      (issue): StandardSchemaIssue => ({ message: issue.message, path: ['data', ...(issue.path ?? [])] }),
    ),
  };
}

/**
 * The body of a raw `request()` as a Standard Schema, for core to validate in the call's mode: a GraphQL response
 * (an object), its `data` checked by the caller's schema when there is one, the caller's issues named under `data`.
 * An asynchronous caller's schema gives a promise, which core refuses with a `ConfigurationError`.
 */
function graphQLBodySchema(data: StandardSchemaV1 | undefined): StandardSchemaV1<unknown, GraphQLBody> {
  return {
    '~standard': {
      version: 1,
      vendor: '@sessionkit/highlight',
      validate(body) {
        if (!isObject(body)) return { issues: [{ message: 'Expected a GraphQL response (a JSON object)' }] };
        if (data === undefined) return { value: body };
        const result = data['~standard'].validate(body.data ?? null);
        return result instanceof Promise
          ? result.then((settled) => withinData(body, settled))
          : withinData(body, result);
      },
    },
  };
}

function resolveProjectId(value: string | number | undefined): string | undefined {
  const raw = value ?? readEnv('HIGHLIGHT_PROJECT_ID');
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (!PROJECT_ID.test(text)) {
    throw new ConfigurationError(
      `Invalid Highlight projectId ${JSON.stringify(String(raw))}; expected the numeric project id.`,
    );
  }
  return text;
}

/**
 * The Highlight client: sessions over both GraphQL APIs of a self-hosted Highlight (hosted highlight.io closed in
 * 2026) or any compatible endpoint. Ingest goes to the public graph without credentials; the dashboard API goes to
 * the private graph with the `token` header, a token provider's bearer, or an OAuth client-credentials bearer.
 * Construct it once and reuse it.
 *
 * @example
 * ```ts
 * import { HighlightClient } from '@sessionkit/highlight';
 *
 * const hl = new HighlightClient({ projectId: '1', token: process.env.HIGHLIGHT_TOKEN });
 * const { secureId } = await hl.sessions.initialize({ environment: 'production' });
 * await hl.sessions.identify(secureId, { identifier: 'ada@example.com', properties: { plan: 'pro' } });
 * for await (const session of hl.sessions.search({ query: 'identifier=ada@example.com' })) console.log(session.url);
 * ```
 */
export class HighlightClient {
  /** Sessions: ingest (public graph) and search, read and update (private graph). */
  readonly sessions: SessionsResource;
  /** Where this client sends requests. */
  readonly endpoints: Endpoints;
  /** The project id the client works on, when configured. */
  readonly projectId: string | undefined;
  readonly #transport: GraphQLTransport;

  /**
   * @throws {ConfigurationError} for an invalid URL or project id, two kinds of credentials at once, half an OAuth
   * pair, a client secret in a browser, or credentials over plain http to anything but this machine (`localhost`,
   * `127.0.0.1`, `[::1]`) unless `allowInsecureHttp`.
   */
  constructor(options: HighlightClientOptions = {}) {
    const {
      projectId,
      baseUrl,
      publicGraphUrl,
      privateGraphUrl,
      token,
      tokenProvider,
      clientId,
      clientSecret,
      tokenUrl,
      refreshSkewMs,
      dashboardUrl,
      ...clientOptions
    } = options ?? {};
    this.endpoints = resolveEndpoints({ baseUrl, publicGraphUrl, privateGraphUrl, tokenUrl, dashboardUrl });
    this.projectId = resolveProjectId(projectId);
    const auth = resolveAuth(
      {
        token,
        tokenProvider,
        clientId,
        clientSecret,
        refreshSkewMs,
        allowInsecureHttp: clientOptions.allowInsecureHttp,
      },
      this.endpoints.tokenUrl,
    );
    const errors = new HighlightErrors(auth !== undefined);
    const shared = {
      ...clientOptions,
      hooks: errors.hooks(clientOptions.hooks),
      vendor: 'Highlight',
      client: { name: '@sessionkit/highlight', version: VERSION },
      parseErrorBody: parseHighlightErrorBody,
      requestIdHeaders: REQUEST_ID_HEADERS,
    };
    this.#transport = new GraphQLTransport(
      {
        public: {
          url: this.endpoints.publicGraphUrl,
          http: new HttpClient({ ...shared, baseUrl: this.endpoints.publicGraphUrl }),
        },
        private: {
          url: this.endpoints.privateGraphUrl,
          http: new HttpClient({ ...shared, baseUrl: this.endpoints.privateGraphUrl, auth }),
        },
      },
      errors,
    );
    this.sessions = new SessionsResource({
      transport: this.#transport,
      projectId: this.projectId,
      dashboardUrl: this.endpoints.dashboardUrl,
      clientVersion: `@sessionkit/highlight@${VERSION}`,
    });
  }

  /**
   * Sends any GraphQL operation to either graph — the escape hatch for what `sessions` does not wrap — through the
   * same transport as every method: credentials on the private graph (none on the public one), retries, timeouts,
   * hooks, error mapping and redaction. Resolves with the response's `data`, checked against `schema` when given.
   * A `query` is retried like any read; a mutation only when `idempotent: true` (or when Highlight provably did not
   * receive it). Sent at once, like every single-result method.
   *
   * @param request - the graph, the document, its variables and operation name, an optional Standard Schema for
   * `data`, and `idempotent` (see `GraphQLRequest`).
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for a request that is not one: an unknown graph,
   * an empty query, variables that are not an object, a schema that is not a Standard Schema.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors` (partial data in `error.data`);
   * read inside the call, so `onError` sees it once and `.asResponse()` rejects with it too.
   * @throws {AuthenticationError} when Highlight refuses the credentials, by HTTP 401 or with
   * `401 - AuthenticationError` in the GraphQL errors (refreshed once and retried first when they can be).
   * @throws {ApiError} for an HTTP error status after retries (`UnprocessableEntityError` for a document the server
   * refuses, `MigrationBlockedError`, …).
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the body is not a GraphQL response, or `data` does not match `schema`
   * (paths read `data.…`).
   * @example
   * ```ts
   * const data = await hl.request<{ isSessionPending: boolean | null }>({
   *   graph: 'private',
   *   query: 'query Pending($id: String!) { isSessionPending(session_secure_id: $id) }',
   *   variables: { id: secureId },
   * });
   * console.log(data.isSessionPending);
   * ```
   */
  request<T = unknown>(request: GraphQLRequest<T>, options?: RequestOptions): ApiPromise<T> {
    return this.#transport
      .send<GraphQLBody>(() => {
        const input = validateInput(GraphQLRequestSchema, request, 'Highlight GraphQL request');
        const operation = operationOf(input.query, input.operationName);
        return {
          graph: input.graph,
          query: input.query,
          operationName: input.operationName,
          label: input.operationName ?? operation?.name ?? 'anonymous operation',
          variables: input.variables,
          idempotent: input.idempotent ?? operation?.kind === 'query',
          options: options ?? {},
          schema: graphQLBodySchema(input.schema),
        };
      })
      .map((body) => dataOf(body) as T);
  }
}
