const BRANDS = Symbol.for('sessionkit.error.brands');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type Branded = { readonly [BRANDS]?: readonly string[] };

function brandsOf(error: object): readonly string[] {
  const brands = (error as Branded)[BRANDS];
  return Array.isArray(brands) ? brands : [];
}

/**
 * The base of every error sessionkit throws.
 *
 * Recognised across duplicate installs of `@sessionkit/core`: `instanceof` and `isInstance` check a brand
 * registered with `Symbol.for`, not the class identity. Every field is redacted when the error is made,
 * so `message`, `toJSON()` and `util.inspect` never show a secret.
 *
 * @example
 * ```ts
 * try { await client.sessions.get(id); }
 * catch (error) { if (SessionkitError.isInstance(error)) console.error(error.name, error.message); }
 * ```
 */
export class SessionkitError extends Error {
  /** The brand of this class; subclasses set their own. */
  static readonly brand: string = 'SessionkitError';

  declare readonly [BRANDS]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    if (options?.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
    }
    Object.defineProperty(this, BRANDS, { value: collectBrands(new.target), enumerable: false });
    Object.defineProperty(this, 'name', { value: new.target.name, enumerable: false, writable: true });
  }

  /** True when `value` is a sessionkit error of this class or a subclass, from any copy of the package. */
  static isInstance<T extends abstract new (...args: never[]) => SessionkitError>(
    this: T & { readonly brand: string },
    value: unknown,
  ): value is InstanceType<T> {
    return typeof value === 'object' && value !== null && brandsOf(value).includes(this.brand);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && brandsOf(value).includes(this.brand);
  }

  /** The error's own data fields, for JSON and inspection (subclasses add theirs). */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this.details() };
  }

  /**
   * What `console.log(error)` and `util.inspect(error)` show: the class and message, then one line per detail
   * (status, code, request id, method and redacted URL, the start of the redacted body; headers left out), then the
   * stack frames. Every value was redacted when the error was made.
   */
  [INSPECT](): string {
    const fields = Object.entries(this.details())
      .filter(([key, value]) => value !== undefined && key !== 'headers')
      .map(([key, value]) => `  ${key}: ${inspectValue(value)}`);
    const stack = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return [`${this.name}: ${this.message}`, ...fields, ...stack].join('\n');
  }
}

const MAX_INSPECTED = 500;

/** One detail as inspection shows it: JSON, cut to its first 500 characters. */
function inspectValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_INSPECTED ? `${text.slice(0, MAX_INSPECTED)}… (${text.length} characters)` : text;
}

function collectBrands(target: unknown): string[] {
  const brands: string[] = [];
  let current: unknown = target;
  while (typeof current === 'function') {
    const { brand } = current as { brand?: unknown };
    if (Object.hasOwn(current, 'brand') && typeof brand === 'string') brands.push(brand);
    current = Object.getPrototypeOf(current);
  }
  return brands;
}
