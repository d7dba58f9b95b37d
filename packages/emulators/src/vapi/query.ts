import type { Dto } from './dto.ts';

/**
 * Reads a query string the way NestJS's `ValidationPipe({ transform: true })` does: numbers and booleans converted
 * per the DTO, array fields from repeated keys (or one comma-separated value), everything else as strings.
 * Values that cannot be converted are kept as is, so validation reports them.
 */
export function readQuery(query: URLSearchParams, dto: Dto): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    const bracket = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(key);
    if (bracket && dto[bracket[1] as string]?.type === 'object') {
      setPath(values, bracket[1] as string, (bracket[2] as string).slice(1, -1).split(']['), all[all.length - 1]);
      continue;
    }
    const rule = dto[key];
    const last = all[all.length - 1] as string;
    if (rule?.type === 'array') values[key] = all.flatMap((value) => value.split(',')).filter(Boolean);
    else if (rule?.type === 'object') values[key] = jsonObject(last) ?? last;
    else if (rule?.type === 'number')
      values[key] = last.trim() === '' || Number.isNaN(Number(last)) ? last : Number(last);
    else if (rule?.type === 'boolean') values[key] = last === 'true' ? true : last === 'false' ? false : last;
    else values[key] = last;
  }
  return values;
}

/**
 * An object-typed query parameter arrives as a string: a JSON object (what an SDK that types it as a string sends) is
 * read as that object; anything else stays a string, which validation refuses.
 */
function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `a[b][c]=v`, the qs syntax Express (under NestJS) reads into `{ a: { b: { c: 'v' } } }`. */
function setPath(
  target: Record<string, unknown>,
  key: string,
  path: readonly string[],
  value: string | undefined,
): void {
  let node = target;
  for (const part of [key, ...path.slice(0, -1)]) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value ?? '';
}

/** Splits a comma-separated filter value. */
export function commaList(value: unknown): string[] | undefined {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;
}
