import type { GraphQLErrorEntry } from '../errors.ts';

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message of an entry that has none. */
export const NO_MESSAGE = 'GraphQL error without a message';

/** A non-empty string, else `undefined`. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isPath(value: unknown): value is (string | number)[] {
  return Array.isArray(value) && value.every((segment) => typeof segment === 'string' || typeof segment === 'number');
}

function isLocations(value: unknown): value is { line: number; column: number }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (location) => isObject(location) && typeof location.line === 'number' && typeof location.column === 'number',
    )
  );
}

/**
 * One entry of a GraphQL `errors` array as the client exposes it, read defensively (an entry is whatever the server
 * sent: a field of the wrong type is left out, a missing message is said so, nothing throws). Not redacted.
 */
export function toErrorEntry(error: unknown): GraphQLErrorEntry {
  if (!isObject(error)) {
    return { message: nonEmpty(error) ?? NO_MESSAGE };
  }
  const extensions = isObject(error.extensions) ? error.extensions : undefined;
  const code = nonEmpty(extensions?.code);
  return {
    message: nonEmpty(error.message) ?? NO_MESSAGE,
    ...(isPath(error.path) ? { path: error.path } : {}),
    ...(code === undefined ? {} : { code }),
    ...(isLocations(error.locations) ? { locations: error.locations } : {}),
    ...(extensions ? { extensions } : {}),
  };
}

/** The entries of a body's GraphQL `errors` array (`[]` when it has none, or `errors` is not a list). */
export function errorEntries(body: unknown): GraphQLErrorEntry[] {
  return isObject(body) && Array.isArray(body.errors) ? body.errors.map(toErrorEntry) : [];
}
