/**
 * openapi-backend (a real OpenAPI 3 router and Ajv-based request/response validator) loaded with the contract
 * definition, plus a `fetch` that checks every request the client sends and every response it gets against it.
 */
import ajvFormats from 'ajv-formats';
import { OpenAPIBackend, type Request as SpecRequest } from 'openapi-backend';
import type { FetchLike } from '../../src/index.ts';
import { type ContractDefinitionOptions, contractDefinition } from './genesys-spec.ts';

/** A request or response that broke the contract. */
export interface Violation {
  readonly operationId: string | undefined;
  readonly what: string;
  readonly errors: unknown;
}

/** One exchange seen by the validating fetch. */
export interface Exchange {
  readonly operationId: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly authorization: string | null;
}

/** Starts openapi-backend on the contract definition; `strict` makes it throw if the definition is not valid OpenAPI. */
export async function createSpecValidator(options: ContractDefinitionOptions = {}): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: (await contractDefinition(options)) as never,
    strict: true,
    validate: true,
    coerceTypes: true,
    customizeAjv: (ajv) => {
      // ajv-formats is CommonJS: its plugin is the `default` of the module object under nodenext.
      ajvFormats.default(ajv as never);
      return ajv;
    },
  });
  return api.init();
}

/** Turns a fetch `Request` into openapi-backend's request shape. */
export async function toSpecRequest(request: Request): Promise<SpecRequest> {
  const url = new URL(request.url);
  const text = request.body ? await request.clone().text() : '';
  return {
    method: request.method.toLowerCase(),
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    headers: Object.fromEntries(request.headers.entries()),
    body: text ? JSON.parse(text) : undefined,
  };
}

/** The OAuth token endpoint is not part of the Platform API spec: it is passed through unchecked. */
const isTokenRequest = (url: URL): boolean => url.pathname.endsWith('/oauth/token');

/**
 * A `fetch` for the client: validates each request against the operation it matches, forwards it, validates the
 * response body against that operation's response schema for the status, and records both.
 */
export function validatingFetch(api: OpenAPIBackend): {
  fetch: FetchLike;
  violations: Violation[];
  exchanges: Exchange[];
} {
  const violations: Violation[] = [];
  const exchanges: Exchange[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    if (isTokenRequest(new URL(request.url))) return globalThis.fetch(request);
    const specRequest = await toSpecRequest(request);
    const operation = api.matchOperation(specRequest);
    const operationId = operation?.operationId;
    if (!operation) {
      violations.push({ operationId, what: `${request.method} ${request.url} matches no operation`, errors: null });
    } else {
      const result = api.validateRequest(specRequest, operation);
      if (!result.valid) {
        violations.push({ operationId, what: `request ${request.method} ${request.url}`, errors: result.errors });
      }
    }
    const authorization = request.headers.get('authorization');
    const response = await globalThis.fetch(request);
    exchanges.push({ operationId, method: request.method, url: request.url, status: response.status, authorization });
    if (operation && response.ok && response.status !== 204) {
      const body: unknown = await response.clone().json();
      const result = api.validateResponse(body, operation, response.status);
      if (!result.valid) violations.push({ operationId, what: `response ${response.status}`, errors: result.errors });
    }
    return response;
  };
  return { fetch, violations, exchanges };
}
