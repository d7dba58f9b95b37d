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
    const rule = dto[key];
    const last = all[all.length - 1] as string;
    if (rule?.type === 'array') values[key] = all.flatMap((value) => value.split(',')).filter(Boolean);
    else if (rule?.type === 'number')
      values[key] = last.trim() === '' || Number.isNaN(Number(last)) ? last : Number(last);
    else if (rule?.type === 'boolean') values[key] = last === 'true' ? true : last === 'false' ? false : last;
    else values[key] = last;
  }
  return values;
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
