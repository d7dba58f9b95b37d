import {
  ApiPromise,
  type HttpClient,
  type HttpRequest,
  NotFoundError,
  type ReceivedResponse,
  type Redactor,
  type RequestOptions,
  type SessionkitError,
  type StandardSchemaV1,
} from '@sessionkit/core';
import type * as z from 'zod/mini';
import type { GraphName, GraphQLDocument } from '../graphql/documents.ts';
import { isObject, toErrorEntry } from './graphql-envelope.ts';
import type { HighlightErrors } from './highlight-errors.ts';

/** Where Highlight's responses may carry a request id (core's usual names), read for errors found in a 200 too. */
export const REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'request-id', 'x-correlation-id'];

/** One graph: its URL and the transport that reaches it (with or without credentials). */
export interface GraphEndpoint {
  readonly url: string;
  readonly http: HttpClient;
}

/** A field of `data` whose `null` means that what was asked for does not exist (a `NotFoundError`). */
export interface NullMeansNotFound {
  /** The field of `data`, e.g. `session`. */
  readonly field: string;
  /** What the error says, after the operation's name. */
  readonly message: string;
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
  /**
   * What the whole body (`{ data: … }`, so refused fields are named `data.session.…`) is checked against, by core, in
   * the call's validation mode: a zod schema, or a Standard Schema (a raw `request()`).
   */
  readonly schema: z.core.$ZodType | StandardSchemaV1;
  readonly notFound?: NullMeansNotFound | undefined;
}

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
  readonly notFound?: NullMeansNotFound | undefined;
}

/** The operation of one of the client's documents, its body checked against `schema`. */
export function documentOperation(prepare: () => DocumentCall, schema: z.core.$ZodType): () => GraphQLOperation {
  return () => {
    const { document, ...rest } = prepare();
    return {
      ...rest,
      graph: document.graph,
      query: document.query,
      operationName: document.operationName,
      label: document.operationName,
      schema,
    };
  };
}

const nullFields = new Map<string, RegExp>();

/** Whether `text` may hold `"field": null` (a quick look before parsing; JSON never escapes a plain key). */
function mayBeNull(text: string, field: string): boolean {
  let pattern = nullFields.get(field);
  if (!pattern) {
    pattern = new RegExp(`"${field}"\\s*:\\s*null`);
    nullFields.set(field, pattern);
  }
  return pattern.test(text);
}

function requestIdOf(headers: Headers, redactor: Redactor): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return redactor.text(value);
  }
  return undefined;
}

/**
 * GraphQL over core's transport, one `ApiPromise` per operation: sent at once, through auth, retries (when marked
 * idempotent), timeouts, hooks and redaction. What a successful body says went wrong is read inside core's call
 * (`HttpRequest.interpret`), so it takes the route of an HTTP error — `onError` once, `.asResponse()` rejects, an
 * authentication failure refreshes the credentials once and retries: GraphQL `errors` (`HighlightErrors.fromGraphQL`)
 * and a `null` that means not found. Core validates the body against the operation's schema when the data is read.
 */
export class GraphQLTransport {
  readonly #graphs: Readonly<Record<GraphName, GraphEndpoint>>;
  readonly #errors: HighlightErrors;

  constructor(graphs: Readonly<Record<GraphName, GraphEndpoint>>, errors: HighlightErrors) {
    this.#graphs = graphs;
    this.#errors = errors;
  }

  /** Sends the operation `prepare` describes (called inside the promise: a throw rejects); resolves with the body. */
  send<T>(prepare: () => GraphQLOperation): ApiPromise<T> {
    const call = this.open<T>(prepare);
    return new ApiPromise(call.received, call.parse);
  }

  /** Sends one of the client's documents and checks the whole body (`{ data: … }`) against `schema`. */
  execute<S extends z.core.$ZodType>(prepare: () => DocumentCall, schema: S): ApiPromise<z.output<S>> {
    return this.send(documentOperation(prepare, schema));
  }

  /** The two halves of `send`, for a method that needs the result before it settles (`get` with `countErrors`). */
  open<T>(prepare: () => GraphQLOperation): OpenCall<T> {
    let request: HttpRequest<z.core.$ZodType> | undefined;
    let http: HttpClient | undefined;
    const received = (async () => {
      const operation = prepare();
      const graph = this.#graphs[operation.graph];
      const { options } = operation;
      http = graph.http;
      request = {
        ...options,
        headers: { ...options.headers, ...operation.headers },
        method: 'POST',
        path: graph.url,
        json: {
          ...(operation.operationName === undefined ? {} : { operationName: operation.operationName }),
          query: operation.query,
          ...(operation.variables === undefined ? {} : { variables: operation.variables }),
        },
        idempotent: operation.idempotent,
        // Core validates a Standard Schema as one (it is not compiled); the type names zod's only.
        schema: operation.schema as z.core.$ZodType,
        interpret: (text, response) => this.#interpret(operation, graph, text, response),
      };
      try {
        return await http.receive(request);
      } catch (error) {
        throw this.#errors.explain(error);
      }
    })();
    const parse = (result: ReceivedResponse): T =>
      (http as HttpClient).parse(request as HttpRequest<z.core.$ZodType>, result) as T;
    return { received, parse };
  }

  /** A `NotFoundError` for an operation that answered `null` for what it was asked (status 404, synthesised). */
  notFound(graph: GraphName, message: string): NotFoundError {
    const { http, url } = this.#graphs[graph];
    return new NotFoundError({
      vendor: 'Highlight',
      status: 404,
      method: 'POST',
      url: http.redactor.url(url),
      headers: {},
      body: null,
      message,
    });
  }

  /**
   * What a successful body says went wrong, read inside core's call. The body is parsed here only when it may hold
   * an error (an `errors` key, or `null` where the operation's `null` means not found); core parses it again, once,
   * when the data is read. A body that is not JSON is left to core's parse, which says so.
   */
  #interpret(
    operation: GraphQLOperation,
    graph: GraphEndpoint,
    text: string,
    response: Response,
  ): SessionkitError | undefined {
    const { notFound } = operation;
    const nullable = notFound !== undefined && mayBeNull(text, notFound.field);
    if (!nullable && !text.includes('"errors"')) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isObject(body)) return undefined;
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      const { redactor } = graph.http;
      const errors = redactor.value(body.errors.map(toErrorEntry));
      const init = {
        vendor: 'Highlight',
        status: response.status,
        method: 'POST',
        url: redactor.url(graph.url),
        headers: redactor.headers(response.headers),
        body: redactor.value(body),
        code: errors.find((entry) => entry.code !== undefined)?.code,
        requestId: requestIdOf(response.headers, redactor),
      };
      return this.#errors.fromGraphQL(init, operation.label, errors, redactor.value(body.data ?? null));
    }
    if (nullable && isObject(body.data) && body.data[notFound.field] === null) {
      return this.notFound(operation.graph, `${operation.label}: ${notFound.message}`);
    }
    return undefined;
  }
}
