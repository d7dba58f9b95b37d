import type { EmulatedSession } from './types.ts';

/** One `key=value` (or `key!=value`) term of Highlight's search syntax; a bare word matches the identifier. */
interface Term {
  readonly key: string;
  readonly negate: boolean;
  readonly pattern: RegExp;
}

/** Search keys that read a session column; any other key matches session fields of that name. */
const COLUMNS: Readonly<Record<string, (session: EmulatedSession) => unknown>> = {
  identifier: (session) => session.identifier,
  secure_id: (session) => session.secure_id,
  environment: (session) => session.environment,
  city: (session) => session.city,
  country: (session) => session.country,
  state: (session) => session.state,
  ip: (session) => session.ip,
  os_name: (session) => session.os_name,
  browser_name: (session) => session.browser_name,
  service_version: (session) => session.app_version,
  has_errors: (session) => session.has_errors ?? false,
  has_rage_clicks: (session) => session.has_rage_clicks ?? false,
  identified: (session) => session.identified,
  first_time: (session) => session.first_time ?? false,
  viewed: (session) => session.viewed ?? false,
  viewed_by_anyone: (session) => session.viewed ?? false,
  completed: (session) => session.processed ?? false,
  processed: (session) => session.processed ?? false,
  excluded: (session) => session.excluded,
};

/**
 * Parses a subset of Highlight's session search syntax: whitespace-separated terms, all of which must match
 * (`AND` is accepted and ignored); `key=value` and `key!=value` with `*` wildcards and optional double quotes;
 * a bare word matches the identifier (substring). An empty query matches everything.
 */
export function parseQuery(query: string): Term[] {
  const tokens = query.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
  return tokens
    .filter((token) => token !== 'AND')
    .map((token) => {
      const match = /^([\w.-]+)(!?=)(.*)$/.exec(token);
      if (!match) return { key: 'identifier', negate: false, pattern: glob(`*${unquote(token)}*`) };
      const [, key = '', operator, value = ''] = match;
      return { key, negate: operator === '!=', pattern: glob(unquote(value)) };
    });
}

/** Whether `session` matches every term. */
export function matches(session: EmulatedSession, terms: readonly Term[]): boolean {
  return terms.every((term) => {
    const column = COLUMNS[term.key];
    const values = column
      ? [String(column(session) ?? '')]
      : session.fields.filter((field) => field.name === term.key).map((field) => field.value);
    const found = values.some((value) => term.pattern.test(value));
    return term.negate ? !found : found;
  });
}

function unquote(value: string): string {
  return value.replace(/^"(.*)"$/, '$1');
}

function glob(value: string): RegExp {
  const escaped = value.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`, 'i');
}
