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
