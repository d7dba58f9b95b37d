import { readOAuthErrorBody, type VendorErrorDetails } from '@sessionkit/core';
import { errorEntries, isObject, NO_MESSAGE, nonEmpty } from './graphql-envelope.ts';

/**
 * Reads a Highlight error body for core's error mapping: a GraphQL body (`{"errors":[{"message","extensions":{"code"}}]}`,
 * as the private graph sends with a 401/403/422 — `MIGRATION_BLOCKED` among them), an OAuth token error
 * (`error`, `error_description`: core's `readOAuthErrorBody`), or a plain `{ message, code }`.
 */
export function parseHighlightErrorBody(body: unknown): VendorErrorDetails {
  if (!isObject(body)) return {};
  const entries = errorEntries(body);
  const messages = entries.map((entry) => entry.message).filter((message) => message !== NO_MESSAGE);
  const oauth = readOAuthErrorBody(body);
  const message = (messages.length > 0 ? messages.join('; ') : undefined) ?? oauth.message ?? nonEmpty(body.message);
  const code = entries.find((entry) => entry.code !== undefined)?.code ?? oauth.code ?? nonEmpty(body.code);
  return {
    ...(message === undefined ? {} : { message }),
    ...(code === undefined ? {} : { code }),
  };
}
