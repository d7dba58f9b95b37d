import type { Handler, RecordedRequest, Reply } from './types.ts';

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: Handler;
}

/** Splits a raw path into its still-encoded segments. */
export function splitPath(rawPath: string): string[] {
  return rawPath.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}

/** Routes by method and path pattern (`/session/:id`); a reply list is served in order, the last one repeating. */
export class RouteTable {
  readonly #routes: Route[] = [];
  readonly #injected: Route[] = [];

  add(method: string, pattern: string, reply: Handler | Reply | readonly Reply[]): void {
    this.#routes.unshift({ method: method.toUpperCase(), segments: splitPath(pattern), handler: toHandler(reply) });
  }

  /** Serves `replies` once each, in order, before any route defined with `add` (earlier or later). */
  inject(method: string, pattern: string, replies: ReadonlyArray<Reply | Handler>): void {
    const queue = [...replies];
    const segments = splitPath(pattern);
    const route: Route = {
      method: method.toUpperCase(),
      segments,
      handler: (request) => {
        const reply = queue.shift() as Reply | Handler;
        if (queue.length === 0) this.#injected.splice(this.#injected.indexOf(route), 1);
        return typeof reply === 'function' ? reply(request) : reply;
      },
    };
    if (queue.length > 0) this.#injected.push(route);
  }

  clear(): void {
    this.#routes.length = 0;
    this.#injected.length = 0;
  }

  match(method: string, rawPath: string): { handler: Handler; params: Record<string, string> } | undefined {
    const actual = splitPath(rawPath);
    for (const route of [...this.#injected, ...this.#routes]) {
      if (route.method !== '*' && route.method !== method) continue;
      const params = matchSegments(route.segments, actual);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function toHandler(reply: Handler | Reply | readonly Reply[]): Handler {
  if (typeof reply === 'function') return reply;
  if (!Array.isArray(reply)) return () => reply as Reply;
  const queue = [...(reply as readonly Reply[])];
  return () => (queue.length > 1 ? (queue.shift() as Reply) : (queue[0] as Reply));
}

export type { RecordedRequest };
