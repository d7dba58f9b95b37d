import type { PlainReply } from '../server/index.ts';
import type { VendorFailures } from '../shared/faults.ts';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The HTTP reason phrase NestJS puts in `error`. */
export function reasonOf(status: number): string {
  return REASONS[status] ?? 'Error';
}

/** A reply carrying Vapi's NestJS error body `{ message, error, statusCode }`. */
export function nestError(status: number, message: string | string[]): PlainReply {
  return { status, json: { message, error: reasonOf(status), statusCode: status } };
}

/** The 401 Vapi answers for a missing or wrong key (observed wording). */
export const INVALID_KEY = nestError(
  401,
  'Invalid Key. Hot tip, you may be using the private key instead of the public key, or vice versa.',
);

/**
 * Faults in Vapi's shape: a status with its NestJS body, and Vapi's 429 (`Rate limit exceeded`) with `Retry-After`.
 * Every route is Vapi's API.
 */
export const VAPI_FAILURES: VendorFailures = {
  isApi: () => true,
  error: (status, message) => nestError(status, message ?? reasonOf(status)),
  tooManyRequests: (seconds) => ({
    ...nestError(429, 'Rate limit exceeded'),
    headers: { 'retry-after': `${seconds}` },
  }),
};
