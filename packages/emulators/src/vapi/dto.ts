/**
 * A small stand-in for the NestJS `ValidationPipe` (whitelist + forbidNonWhitelisted) Vapi runs: the same rules as the
 * spec's DTOs and the same message wording, e.g. `name must be shorter than or equal to 40 characters` or
 * `property foo should not exist`.
 */

/** How one field of a DTO is checked. */
export interface FieldRule {
  readonly type: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'date-time' | 'any';
  readonly required?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  /** Nested DTO of an object field (checked with the same whitelist). */
  readonly fields?: Dto;
  /** Rule of each item of an array field. */
  readonly items?: FieldRule;
}

export type Dto = Readonly<Record<string, FieldRule>>;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates `value` against `dto`; returns NestJS-style messages (empty when valid). */
export function validateDto(value: unknown, dto: Dto, prefix = ''): string[] {
  if (!isObject(value)) return [`${prefix || 'body'} must be an object`];
  const messages: string[] = [];
  for (const key of Object.keys(value)) {
    if (!(key in dto)) messages.push(`${prefix}property ${key} should not exist`);
  }
  for (const [key, rule] of Object.entries(dto)) {
    messages.push(...checkField(value[key], rule, `${prefix}${key}`));
  }
  return messages;
}

function checkField(value: unknown, rule: FieldRule, name: string): string[] {
  if (value === undefined) return rule.required ? [`${name} should not be empty`] : [];
  switch (rule.type) {
    case 'any':
      return [];
    case 'string':
      return checkString(value, rule, name);
    case 'date-time':
      return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? []
        : [`${name} must be a valid ISO 8601 date string`];
    case 'number':
      return checkNumber(value, rule, name);
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${name} must be a boolean value`];
    case 'object':
      if (!isObject(value)) return [`${name} must be an object`];
      return rule.fields ? validateDto(value, rule.fields, `${name}.`) : [];
    case 'array':
      if (!Array.isArray(value)) return [`${name} must be an array`];
      return rule.items
        ? value.flatMap((item, index) => checkField(item, rule.items as FieldRule, `${name}.${index}`))
        : [];
  }
}

function checkString(value: unknown, rule: FieldRule, name: string): string[] {
  if (typeof value !== 'string') return [`${name} must be a string`];
  if (rule.enum && !rule.enum.includes(value)) {
    return [`${name} must be one of the following values: ${rule.enum.join(', ')}`];
  }
  if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    return [`${name} must be shorter than or equal to ${rule.maxLength} characters`];
  }
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    return [`${name} must be longer than or equal to ${rule.minLength} characters`];
  }
  return [];
}

function checkNumber(value: unknown, rule: FieldRule, name: string): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [`${name} must be a number conforming to the specified constraints`];
  }
  if (rule.min !== undefined && value < rule.min) return [`${name} must not be less than ${rule.min}`];
  if (rule.max !== undefined && value > rule.max) return [`${name} must not be greater than ${rule.max}`];
  return [];
}
