import { STATUS_CODES } from 'node:http';
import type { PlainReply, RecordedRequest } from '../server/index.ts';
import type { VendorFailures } from '../shared/faults.ts';

const GRAPHS: ReadonlySet<string> = new Set(['/public', '/private']);

/** An error of the HTTP layer in front of the graphs, as a GraphQL error body. */
function graphError(status: number, message: string): PlainReply {
  return { status, json: { errors: [{ message }], data: null } };
}

/** gqlgen's answer for a request no transport of the graph handles (a GET, a PUT…). */
export const transportNotSupported = (): PlainReply => graphError(400, 'transport not supported');

/**
 * The OTLP/HTTP endpoints the SDKs export traces, logs and metrics to (the collector's `/v1/…`, the backend's
 * `/otel/v1/…`): accepted and dropped, so a recorder pointed here keeps all its traffic on this machine.
 */
export const otlpSink = (request: RecordedRequest): PlainReply =>
  ['traces', 'logs', 'metrics'].includes(request.params.signal ?? '') ? { json: { partialSuccess: {} } } : notFound();

/** The backend's router (chi) for a path it does not have. */
export const notFound = (): PlainReply => ({
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  text: '404 page not found\n',
});

/** Faults in front of Highlight's graphs: GraphQL error bodies, a 429 with `Retry-After`; the graphs are the API. */
export const HIGHLIGHT_FAILURES: VendorFailures = {
  isApi: (request) => GRAPHS.has(request.path),
  error: (status, message) => graphError(status, message ?? `${status} ${STATUS_CODES[status] ?? 'Error'}`),
  tooManyRequests: (seconds) => ({
    ...graphError(429, '429 - Too Many Requests: rate limit exceeded'),
    headers: { 'retry-after': String(seconds) },
  }),
};
