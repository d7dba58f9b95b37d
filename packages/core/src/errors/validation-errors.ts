import { SessionkitError } from './sessionkit-error.ts';

/**
 * One problem found by validation, with the path of the field it concerns.
 *
 * @example
 * ```ts
 * const issues: readonly ValidationIssue[] = error.issues;
 * for (const { path, message } of issues) console.error(`${path || '(body)'}: ${message}`);
 * ```
 */
export interface ValidationIssue {
  /** Dotted path with array indexes, e.g. `costs[0].type`; empty for the whole value. */
  readonly path: string;
  readonly message: string;
}

function describe(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * Input to a method was invalid; thrown before any request leaves. Lists every bad field.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.list({ limit: 5_000 });
 * } catch (error) {
 *   if (error instanceof RequestValidationError) console.error(error.issues); // [{ path: 'limit', message: … }]
 *   else throw error;
 * }
 * ```
 */
export class RequestValidationError extends SessionkitError {
  static override readonly brand: string = 'RequestValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(what: string, issues: readonly ValidationIssue[]) {
    super(`Invalid ${what}: ${describe(issues)}`);
    this.issues = issues;
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

/**
 * A response did not match the expected schema (or was not JSON). Keeps the raw body.
 *
 * @example
 * ```ts
 * try {
 *   await vapi.sessions.get(id);
 * } catch (error) {
 *   if (error instanceof ResponseValidationError) console.error(error.issues, error.body);
 *   else throw error;
 * }
 * ```
 */
export class ResponseValidationError extends SessionkitError {
  static override readonly brand: string = 'ResponseValidationError';
  readonly issues: readonly ValidationIssue[];
  /** The response body as received (parsed JSON when it parsed, otherwise text). */
  readonly body: unknown;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(
    issues: readonly ValidationIssue[],
    context: { body: unknown; method?: string | undefined; url?: string | undefined },
  ) {
    const where = context.method && context.url ? ` from ${context.method} ${context.url}` : '';
    super(`Unexpected response${where}: ${describe(issues)}`);
    this.issues = issues;
    this.body = context.body;
    this.method = context.method;
    this.url = context.url;
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues, method: this.method, url: this.url, body: this.body };
  }
}
