import type { PlainReply } from '../server/index.ts';
import type { ErrorBody } from './types.ts';

/** A request the emulator refuses, answered with Genesys' `ErrorBody`. */
export class GenesysProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { headers?: Record<string, string>; params?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.params = options.params ?? {};
  }
}

/** The reply for a problem: the `ErrorBody` with `contextId` = the correlation id, and its headers. */
export function problemReply(problem: GenesysProblem, correlationId: string): PlainReply {
  const body: ErrorBody = {
    message: problem.message,
    code: problem.code,
    status: problem.status,
    messageParams: { ...problem.params },
    contextId: correlationId,
    details: [],
    errors: [],
  };
  return { status: problem.status, headers: { ...problem.headers }, json: body };
}

export const notFound = (what: string, id: string): GenesysProblem =>
  new GenesysProblem(404, 'not.found', `The requested ${what} ${id} was not found.`);

export const badRequest = (message: string, code = 'bad.request'): GenesysProblem =>
  new GenesysProblem(400, code, message);

/** The `code` Genesys sends with each status (its `x-inin-error-codes`). */
const CODES: Readonly<Record<number, string>> = {
  400: 'bad.request',
  401: 'bad.credentials',
  403: 'not.authorized',
  404: 'not.found',
  405: 'method.not.allowed',
  408: 'client.timeout',
  409: 'request.conflict',
  413: 'request.entity.too.large',
  415: 'unsupported.media.type',
  422: 'unprocessable.entity',
  429: 'too.many.requests',
  500: 'internal.server.error',
  502: 'bad.gateway',
  503: 'service.unavailable',
  504: 'request.timeout',
};

const MESSAGES: Readonly<Record<number, string>> = {
  500: 'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  503: 'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).',
  504: 'The request timed out.',
};

/** A problem for an HTTP status, with Genesys' code for it. */
export function problemFor(status: number, message?: string): GenesysProblem {
  return new GenesysProblem(status, CODES[status] ?? 'error', message ?? MESSAGES[status] ?? `HTTP ${status}`);
}
