import { readOAuthErrorBody, type VendorErrorDetails } from '@sessionkit/core';

type Body = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** `messageWithParams` with its `{name}` placeholders filled from `messageParams`. */
function withParams(body: Body): string | undefined {
  const template = text(body.messageWithParams);
  const params = body.messageParams;
  if (!template || typeof params !== 'object' || params === null) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = (params as Body)[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : match;
  });
}

/**
 * Reads a Genesys `ErrorBody` (`message`, `code`, `contextId`, `messageWithParams` + `messageParams`, nested
 * `errors`) for core's error mapping; what it lacks comes from the body read as an OAuth token error (core's
 * `readOAuthErrorBody`: `error`, `error_description`, `description`), as the login host answers.
 */
export function parseGenesysErrorBody(body: unknown): VendorErrorDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const b = body as Body;
  const oauth = readOAuthErrorBody(body);
  const nested = Array.isArray(b.errors) ? (b.errors as unknown[]) : [];
  const nestedMessage = nested
    .map((item) => (typeof item === 'object' && item !== null ? text((item as Body).message) : undefined))
    .find((message) => message !== undefined);
  const message = text(b.message) ?? withParams(b) ?? oauth.message ?? nestedMessage;
  const code = text(b.code) ?? oauth.code;
  const requestId = text(b.contextId);
  return {
    ...(message === undefined ? {} : { message }),
    ...(code === undefined ? {} : { code }),
    ...(requestId === undefined ? {} : { requestId }),
  };
}
