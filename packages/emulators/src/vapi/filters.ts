import { commaList } from './query.ts';
import type { Json } from './types.ts';

type Predicate = (item: Json) => boolean;

const DATE_BOUNDS: ReadonlyArray<[string, 'createdAt' | 'updatedAt', (a: number, b: number) => boolean]> = [
  ['createdAtGt', 'createdAt', (a, b) => a > b],
  ['createdAtLt', 'createdAt', (a, b) => a < b],
  ['createdAtGe', 'createdAt', (a, b) => a >= b],
  ['createdAtLe', 'createdAt', (a, b) => a <= b],
  ['updatedAtGt', 'updatedAt', (a, b) => a > b],
  ['updatedAtLt', 'updatedAt', (a, b) => a < b],
  ['updatedAtGe', 'updatedAt', (a, b) => a >= b],
  ['updatedAtLe', 'updatedAt', (a, b) => a <= b],
];

/** The eight `createdAt*`/`updatedAt*` range filters shared by every list endpoint. */
export function dateFilters(query: Json): Predicate[] {
  return DATE_BOUNDS.filter(([key]) => typeof query[key] === 'string').map(([key, field, compare]) => {
    const bound = Date.parse(query[key] as string);
    return (item) => compare(Date.parse(String(item[field])), bound);
  });
}

/** `field = value` when the query has `key`. */
export function equals(query: Json, key: string, read: (item: Json) => unknown = (item) => item[key]): Predicate[] {
  const value = query[key];
  return typeof value === 'string' ? [(item) => read(item) === value] : [];
}

/** `field ∈ values` when the query has `key` (comma-separated string or array). */
export function anyOf(query: Json, key: string, read: (item: Json) => unknown): Predicate[] {
  const raw = query[key];
  const values = Array.isArray(raw) ? raw.map(String) : commaList(raw);
  return values ? [(item) => values.includes(String(read(item)))] : [];
}

/** Sorts by `sortBy` (createdAt, cost or duration) in `sortOrder` (default DESC); ties keep insertion order. */
export function sortItems<T extends Json>(items: readonly T[], sortBy: unknown, sortOrder: 'ASC' | 'DESC'): T[] {
  const key = (item: Json): number => {
    if (sortBy === 'cost') return Number(item.cost ?? 0);
    if (sortBy === 'duration') return Date.parse(String(item.updatedAt)) - Date.parse(String(item.createdAt));
    return Date.parse(String(item.createdAt));
  };
  const direction = sortOrder === 'ASC' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (key(a.item) - key(b.item)) * direction || (a.index - b.index) * direction)
    .map(({ item }) => item);
}

/**
 * `field ⊇ value` when the query has an object `key` (from `key[a][b]=v` or a JSON string): every leaf of the query's
 * object equals the item's, compared as text (a query value is always a string).
 */
export function contains(query: Json, key: string, read: (item: Json) => unknown): Predicate[] {
  const value = query[key];
  return isPlainObject(value) ? [(item) => isSubset(value, read(item))] : [];
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSubset(wanted: unknown, actual: unknown): boolean {
  if (!isPlainObject(wanted)) return String(wanted) === String(actual);
  if (!isPlainObject(actual)) return Object.keys(wanted).length === 0;
  return Object.entries(wanted).every(([name, value]) => isSubset(value, actual[name]));
}
