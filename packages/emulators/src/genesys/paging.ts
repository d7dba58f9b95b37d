import { badRequest } from './problem.ts';
import type { Json } from './types.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** Reads `pageSize` (a string of digits, 1–200) as Genesys validates it. */
export function readPageSize(query: URLSearchParams): number {
  const raw = query.get('pageSize');
  if (raw === null) return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PAGE_SIZE) {
    throw badRequest(
      `Value [${raw}] is not valid for field type [pageSize]. Maximum of ${MAX_PAGE_SIZE}.`,
      'invalid.query.param.value',
    );
  }
  return Number(raw);
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badRequest(`Value [${cursor}] is not valid for field type [after].`, 'invalid.query.param.value');
  return Number(match[1]);
}

/**
 * One cursor page of `items`: `entities`, `selfUri`, and `nextUri` (host-relative, carrying `after` and the other
 * query parameters) while more items follow; `previousUri` after the first page.
 */
export function cursorPage(items: readonly Json[], path: string, query: URLSearchParams): Json {
  const pageSize = readPageSize(query);
  const after = query.get('after');
  const offset = after === null ? 0 : decodeCursor(after);
  const entities = items.slice(offset, offset + pageSize);
  const uri = (start: number): string => {
    const params = new URLSearchParams(query);
    params.set('pageSize', String(pageSize));
    if (start === 0) params.delete('after');
    else params.set('after', encodeCursor(start));
    return `${path}?${params.toString()}`;
  };
  const page: Json = { entities, selfUri: uri(offset) };
  if (offset + pageSize < items.length) page.nextUri = uri(offset + pageSize);
  if (offset > 0) page.previousUri = uri(Math.max(0, offset - pageSize));
  return page;
}
