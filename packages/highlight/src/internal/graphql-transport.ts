import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  type HttpClient,
  NotFoundError,
  PermissionDeniedError,
  parseResponse,
  type RequestOptions,
} from '@sessionkit/core';
import type * as z from 'zod/mini';
import { HighlightGraphQLError, MigrationBlockedError } from '../errors.ts';
import type { GraphName, GraphQLDocument } from '../graphql/documents.ts';
import { parseHighlightErrorBody } from './error-body.ts';
import { GraphQLEnvelopeSchema, toErrorEntry } from './graphql-envelope.ts';

/** One graph: its URL and the transport that reaches it (with or without credentials). */
export interface GraphEndpoint {
  readonly url: string;
  readonly http: HttpClient;
}

/** One GraphQL operation to send. */
export interface GraphQLCall<S extends z.core.$ZodType> {
  readonly document: GraphQLDocument;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Schema of the whole response body (`{ data: … }`), so refused fields are named `data.session.…`. */
  readonly response: S;
  /** Safe to retry after it may have reached Highlight (queries, and mutations that set state). */
  readonly idempotent: boolean;
  readonly options: RequestOptions;
  /** Extra headers of this call (the end user's `User-Agent`, `Accept-Language`, IP for ingest). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

const MAX_TEXT_MESSAGE = 300;

/**
 * GraphQL over core's transport: `POST {graph URL}` with `{ operationName, query, variables }`, retried per core
 * policy when marked idempotent; a 200 with an `errors` array becomes `HighlightGraphQLError` (partial data kept);
 * HTTP errors keep core's classes, with `MIGRATION_BLOCKED` as `MigrationBlockedError` and auth failures explained.
 */
export class GraphQLTransport {
  readonly #graphs: Readonly<Record<GraphName, GraphEndpoint>>;
  readonly #hasCredentials: boolean;

  constructor(graphs: Readonly<Record<GraphName, GraphEndpoint>>, hasCredentials: boolean) {
    this.#graphs = graphs;
    this.#hasCredentials = hasCredentials;
  }

  async execute<S extends z.core.$ZodType>(call: GraphQLCall<S>): Promise<z.output<S>> {
    const { document, options } = call;
    const { http, url } = this.#graphs[document.graph];
    let result: Awaited<ReturnType<HttpClient['requestWithMeta']>>;
    try {
      result = await http.requestWithMeta({
        ...options,
        headers: { ...options.headers, ...call.headers },
        method: 'POST',
        path: url,
        json: { operationName: document.operationName, query: document.query, variables: call.variables },
        idempotent: call.idempotent,
      });
    } catch (error) {
      throw this.#explain(error);
    }
    const { data: body, meta } = result;
    const { redactor } = http;
    const context = { method: 'POST', url: () => redactor.url(url), redactor };
    const envelope = parseResponse(GraphQLEnvelopeSchema, body, 'lenient', context);
    if (envelope.errors && envelope.errors.length > 0) {
      const errors = envelope.errors.map(
        (error) => redactor.value(toErrorEntry(error)) as ReturnType<typeof toErrorEntry>,
      );
      throw new HighlightGraphQLError({
        vendor: 'Highlight',
        status: meta.status,
        method: 'POST',
        url: redactor.url(url),
        headers: redactor.headers(meta.headers),
        body: redactor.value(body),
        code: errors.find((error) => error.code !== undefined)?.code,
        requestId: meta.requestId,
        operationName: document.operationName,
        errors,
        data: redactor.value(envelope.data ?? null),
      });
    }
    return parseResponse(http.compiled(call.response), body, options.validation ?? http.validation, context);
  }

  /** A `NotFoundError` for an operation that answered `null` for what it was asked (status 404, synthesised). */
  notFound(document: GraphQLDocument, message: string): NotFoundError {
    const { http, url } = this.#graphs[document.graph];
    return new NotFoundError({
      vendor: 'Highlight',
      status: 404,
      method: 'POST',
      url: http.redactor.url(url),
      headers: {},
      body: null,
      message: `${document.operationName}: ${message}`,
    });
  }

  /** Turns core's HTTP errors into the clearest Highlight error. */
  #explain(error: unknown): unknown {
    if (!ApiError.isInstance(error)) return error;
    const apiError = error as ApiError;
    const detail = parseHighlightErrorBody(apiError.body).message;
    if (PermissionDeniedError.isInstance(apiError) && apiError.code === 'MIGRATION_BLOCKED') {
      return new MigrationBlockedError(
        rebuild(
          apiError,
          `${detail ?? 'MIGRATION_BLOCKED'} — hosted Highlight blocks workspaces outside LaunchDarkly's allow-list since ` +
            '2026-03-06; point privateGraphUrl (or HIGHLIGHT_PRIVATE_GRAPH_URL) at a self-hosted Highlight',
        ),
      );
    }
    if (PermissionDeniedError.isInstance(apiError) && typeof apiError.body === 'string' && apiError.body.trim()) {
      // An OAuth client using a field outside its allow-list gets `403 - AuthorizationError: <field>` as plain text.
      return new PermissionDeniedError(rebuild(apiError, apiError.body.trim().slice(0, MAX_TEXT_MESSAGE)));
    }
    if (AuthenticationError.isInstance(apiError)) {
      const hint = this.#hasCredentials
        ? 'check the token or the OAuth client credentials'
        : 'no credentials configured: pass token (or clientId and clientSecret) to new HighlightClient(), or set HIGHLIGHT_TOKEN';
      return new AuthenticationError(rebuild(apiError, detail ? `${detail} — ${hint}` : hint));
    }
    return error;
  }
}

function rebuild(error: ApiError, message: string): ApiErrorInit {
  return {
    vendor: error.vendor,
    status: error.status,
    method: error.method,
    url: error.url,
    headers: error.headers,
    body: error.body,
    message,
    code: error.code,
    requestId: error.requestId,
    retryAfterMs: error.retryAfterMs,
  };
}
