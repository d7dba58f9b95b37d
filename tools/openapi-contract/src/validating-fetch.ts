import type { OpenAPIBackend } from 'openapi-backend';
import { toSpecRequest } from './spec-request.ts';

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

export interface ValidatingFetchOptions {
  /** Requests outside the spec (e.g. an OAuth token endpoint), forwarded unchecked and unrecorded. */
  readonly passThrough?: (url: URL) => boolean;
}

type Fetch = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` for a client under test: validates each request against the operation it matches, forwards it,
 * validates the response body against that operation's response schema for the status, and records both.
 */
export function validatingFetch(
  api: OpenAPIBackend,
  options: ValidatingFetchOptions = {},
): { fetch: Fetch; violations: Violation[]; exchanges: Exchange[] } {
  const violations: Violation[] = [];
  const exchanges: Exchange[] = [];
  const fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    if (options.passThrough?.(new URL(request.url))) return globalThis.fetch(request);
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
