import type { VendorErrorDetails } from '@sessionkit/core';

/** Vapi's (NestJS) error body. */
interface NestErrorBody {
  readonly message?: unknown;
  readonly error?: unknown;
  readonly statusCode?: unknown;
}

/** The messages of a NestJS error body: `message` is a string or, for validation errors, a list. */
export function messagesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { message } = body as NestErrorBody;
  if (typeof message === 'string') return message.length > 0 ? [message] : [];
  if (Array.isArray(message)) return message.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Reads Vapi's `{ message: string | string[], error, statusCode }` for core's error mapping. */
export function parseVapiErrorBody(body: unknown): VendorErrorDetails {
  const messages = messagesOf(body);
  if (messages.length > 0) return { message: messages.join('; ') };
  const { error } = (body ?? {}) as NestErrorBody;
  return typeof error === 'string' && error.length > 0 ? { message: error } : {};
}
