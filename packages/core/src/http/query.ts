/**
 * A value that can stand in a query string. Arrays become repeated keys; `undefined` is left out.
 *
 * @example
 * ```ts
 * const since: QueryValue = new Date(Date.now() - 86_400_000); // sent as an ISO string
 * await vapi.request({ method: 'GET', path: '/session', query: { createdAtGt: since } });
 * ```
 */
export type QueryValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | readonly (string | number | boolean | Date)[];

/**
 * Query parameters of a request.
 *
 * @example
 * ```ts
 * const query: QueryParams = { limit: 50, phoneNumberIdAny: ['pn_1', 'pn_2'], createdAtGt: new Date('2026-01-01') };
 * await vapi.request({ method: 'GET', path: '/session', query });
 * // ?limit=50&phoneNumberIdAny=pn_1&phoneNumberIdAny=pn_2&createdAtGt=2026-01-01T00%3A00%3A00.000Z
 * ```
 */
export type QueryParams = Readonly<Record<string, QueryValue>>;

function format(value: string | number | boolean | Date): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Appends `query` to `url`: arrays as repeated keys, dates as ISO strings, `undefined`/`null` skipped. */
export function appendQuery(url: URL, query: QueryParams | undefined): void {
  if (!query) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, format(item));
    else url.searchParams.append(key, format(value as string | number | boolean | Date));
  }
}
