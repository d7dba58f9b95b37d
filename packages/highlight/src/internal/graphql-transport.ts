import {
  ApiError,
  type ApiErrorInit,
  ApiPromise,
  AuthenticationError,
  type HttpClient,
  type HttpRequest,
  NotFoundError,
  PermissionDeniedError,
  parseResponse,
  type ReceivedResponse,
  type RequestOptions,
  type ResponseContext,
  type ValidationMode,
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

/** One GraphQL operation to send, as `POST {graph URL}` with `{ operationName, query, variables }`. */
export interface GraphQLOperation {
  readonly graph: GraphName;
  readonly query: string;
  /** Sent in the body when given. */
  readonly operationName?: string | undefined;
  /** How errors name the operation (its name, or a description of an anonymous one). */
  readonly label: string;
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
  /** Safe to retry after it may have reached Highlight (queries, and mutations that set state). */
  readonly idempotent: boolean;
  readonly options: RequestOptions;
  /** Extra headers of this call (the end user's `User-Agent`, `Accept-Language`, IP for ingest). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** What turns a GraphQL body without `errors` into a result. */
export type BodyReader<T> = (
  body: unknown,
  context: { readonly http: HttpClient; readonly mode: ValidationMode; readonly response: ResponseContext },
) => T;

/** A call in flight: the response after retries (or the typed error), and how to turn it into the result. */
export interface OpenCall<T> {
  readonly received: Promise<ReceivedResponse>;
  readonly parse: (received: ReceivedResponse) => T;
}

/** One of the client's own documents to send. */
export interface DocumentCall {
  readonly document: GraphQLDocument;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly idempotent: boolean;
  readonly options: RequestOptions;
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** The operation of one of the client's documents. */
export function documentOperation(prepare: () => DocumentCall): () => GraphQLOperation {
  return () => {
    const { document, ...rest } = prepare();
    return {
      ...rest,
      graph: document.graph,
      query: document.query,
      operationName: document.operationName,
      label: document.operationName,
    };
  };
}

/** A reader checking the whole body (`{ data: … }`, so refused fields are named `data.session.…`) against `schema`. */
export function schemaReader<S extends z.core.$ZodType>(schema: S): BodyReader<z.output<S>> {
  return (body, { http, mode, response }) => parseResponse(http.compiled(schema), body, mode, response);
}

const MAX_TEXT_MESSAGE = 300;

/**
 * GraphQL over core's transport, one `ApiPromise` per operation: sent at once, through auth, retries (when marked
 * idempotent), timeouts, hooks and redaction; HTTP errors keep core's classes, with `MIGRATION_BLOCKED` as
 * `MigrationBlockedError` and auth failures explained. When the data is read, a 200 with an `errors` array becomes
 * `HighlightGraphQLError` (partial data kept), and the rest is checked by the caller's reader.
 */
export class GraphQLTransport {
  readonly #graphs: Readonly<Record<GraphName, GraphEndpoint>>;
  readonly #hasCredentials: boolean;

  constructor(graphs: Readonly<Record<GraphName, GraphEndpoint>>, hasCredentials: boolean) {
    this.#graphs = graphs;
    this.#hasCredentials = hasCredentials;
  }

  /** Sends the operation `prepare` describes (called inside the promise: a throw rejects) and reads it with `read`. */
  send<T>(prepare: () => GraphQLOperation, read: BodyReader<T>): ApiPromise<T> {
    const call = this.open(prepare, read);
    return new ApiPromise(call.received, call.parse);
  }

  /** Sends one of the client's documents and checks the whole body (`{ data: … }`) against `schema`. */
  execute<S extends z.core.$ZodType>(prepare: () => DocumentCall, schema: S): ApiPromise<z.output<S>> {
    return this.send(documentOperation(prepare), schemaReader(schema));
  }

  /** The two halves of `send`, for a method that needs the result before it settles (`get` with `countErrors`). */
  open<T>(prepare: () => GraphQLOperation, read: BodyReader<T>): OpenCall<T> {
    let operation: GraphQLOperation | undefined;
    let request: HttpRequest | undefined;
    const received = (async () => {
      operation = prepare();
      const { http, url } = this.#graphs[operation.graph];
      const { options } = operation;
      request = {
        ...options,
        headers: { ...options.headers, ...operation.headers },
        method: 'POST',
        path: url,
        json: {
          ...(operation.operationName === undefined ? {} : { operationName: operation.operationName }),
          query: operation.query,
          ...(operation.variables === undefined ? {} : { variables: operation.variables }),
        },
        idempotent: operation.idempotent,
      };
      try {
        return await http.receive(request);
      } catch (error) {
        throw this.#explain(error);
      }
    })();
    const parse = (result: ReceivedResponse): T => {
      const current = operation as GraphQLOperation;
      const { http, url } = this.#graphs[current.graph];
      const body = http.parse(request as HttpRequest, result);
      const { redactor } = http;
      const response = http.responseContext(request as HttpRequest, result);
      const envelope = parseResponse(GraphQLEnvelopeSchema, body, 'lenient', response);
      if (envelope.errors && envelope.errors.length > 0) {
        const errors = envelope.errors.map(
          (error) => redactor.value(toErrorEntry(error)) as ReturnType<typeof toErrorEntry>,
        );
        const { meta } = result;
        throw new HighlightGraphQLError({
          vendor: 'Highlight',
          status: meta.status,
          method: 'POST',
          url: redactor.url(url),
          headers: redactor.headers(meta.headers),
          body: redactor.value(body),
          code: errors.find((error) => error.code !== undefined)?.code,
          requestId: meta.requestId,
          operationName: current.label,
          errors,
          data: redactor.value(envelope.data ?? null),
        });
      }
      return read(body, { http, mode: current.options.validation ?? http.validation, response });
    };
    return { received, parse };
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
        ? 'check the token, the token provider or the OAuth client credentials'
        : 'no credentials configured: pass token, tokenProvider, or clientId and clientSecret to new HighlightClient(), or set HIGHLIGHT_TOKEN';
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
