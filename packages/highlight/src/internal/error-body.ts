import type { VendorErrorDetails } from '@sessionkit/core';

type Body = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a Highlight error body for core's error mapping: a GraphQL body (`{"errors":[{"message","extensions":{"code"}}]}`,
 * as the private graph sends with a 401/403/422 — `MIGRATION_BLOCKED` among them), an OAuth token error
 * (`error`, `error_description`), or a plain `{ message }`.
 */
export function parseHighlightErrorBody(body: unknown): VendorErrorDetails {
  if (!isObject(body)) return {};
  const errors = Array.isArray(body.errors) ? body.errors.filter(isObject) : [];
  const messages = errors.map((error) => text(error.message)).filter((message) => message !== undefined);
  const codes = errors
    .map((error) => (isObject(error.extensions) ? text(error.extensions.code) : undefined))
    .filter((code) => code !== undefined);
  const message =
    (messages.length > 0 ? messages.join('; ') : undefined) ?? text(body.error_description) ?? text(body.message);
  const code = codes[0] ?? text(body.error) ?? text(body.code);
  return {
    ...(message === undefined ? {} : { message }),
    ...(code === undefined ? {} : { code }),
  };
}
