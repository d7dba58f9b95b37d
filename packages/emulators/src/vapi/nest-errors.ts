import type { PlainReply } from '../server/index.ts';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
};

/** A reply carrying Vapi's NestJS error body `{ message, error, statusCode }`. */
export function nestError(status: number, message: string | string[]): PlainReply {
  return { status, json: { message, error: REASONS[status] ?? 'Error', statusCode: status } };
}

/** The 401 Vapi answers for a missing or wrong key (observed wording). */
export const INVALID_KEY = nestError(
  401,
  'Invalid Key. Hot tip, you may be using the private key instead of the public key, or vice versa.',
);
