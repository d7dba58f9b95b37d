import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-errors.ts';
import { check } from './check.ts';
import { formatPath } from './issue-path.ts';

type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } })._zod?.def;
}

/**
 * Lists object keys in `value` that `schema` does not declare, at any depth. Used by `strict` mode on values
 * that already passed `schema`, so unions are resolved to the first option that accepts the value.
 *
 * @example
 * ```ts
 * const Customer = z.object({ name: z.string() });
 * findUnknownKeys(Customer, { name: 'Ada', nmae: 'Ada' });
 * // → [{ path: 'nmae', message: 'Unknown field (strict validation)' }]
 * ```
 */
export function findUnknownKeys(schema: z.core.$ZodType, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  walk(schema, value, [], issues, 0);
  return issues;
}

function walk(schema: unknown, value: unknown, path: PropertyKey[], issues: ValidationIssue[], depth: number): void {
  const def = defOf(schema);
  if (!def || value === undefined || value === null || depth > 64) return;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      walk(def.innerType, value, path, issues, depth + 1);
      return;
    case 'pipe':
      walk(def.in, value, path, issues, depth + 1);
      return;
    case 'lazy':
      walk((def.getter as () => unknown)(), value, path, issues, depth + 1);
      return;
    case 'array':
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(def.element, item, [...path, index], issues, depth + 1);
      }
      return;
    case 'record':
      if (typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(def.valueType, item, [...path, key], issues, depth + 1);
      }
      return;
    case 'union': {
      const options = def.options as z.core.$ZodType[];
      const match = options.find((option) => check(option, value).success);
      if (match) walk(match, value, path, issues, depth + 1);
      return;
    }
    case 'intersection':
      walk(def.left, value, path, issues, depth + 1);
      walk(def.right, value, path, issues, depth + 1);
      return;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const shape = def.shape as Record<string, unknown>;
      for (const [key, item] of Object.entries(value)) {
        if (key in shape) walk(shape[key], item, [...path, key], issues, depth + 1);
        else issues.push({ path: formatPath([...path, key]), message: 'Unknown field (strict validation)' });
      }
      return;
    }
    default:
      return;
  }
}
