import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { RouteTable } from './route-table.ts';
import type { Handler, Middleware, RecordedRequest, Reply } from './types.ts';
import { TimerSet, writeReply } from './write-reply.ts';

/** CORS as a browser test needs it: which request headers a preflight may ask for. */
export interface CorsOptions {
  /**
   * The request headers allowed (`Access-Control-Allow-Headers`), each named: never `*`, so a browser test fails
   * when a client sends a header the vendor's own allow-list would refuse. Default `authorization, content-type`.
   */
  readonly allowHeaders?: readonly string[];
}

export interface TestServerOptions {
  /** The address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The port to listen on. Default 0: a free one, picked by the system. */
  readonly port?: number;
  /** Answer CORS preflights and add `access-control-allow-*` headers, for browser tests. */
  readonly cors?: boolean | CorsOptions;
  /** Answers a request no route matches. Default: 404 `{ message: 'No route for GET /path' }`. */
  readonly notFound?: Handler;
  /**
   * Runs around every request (after it is recorded, before routing): return a reply of its own (a fault), or call
   * `next()` for the routed reply and return it, changed or wrapped (a delay). The emulators' fault injection.
   */
  readonly middleware?: Middleware;
}

/** A real HTTP server on 127.0.0.1 (random port) with programmable routes and a call log. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` (or the host listened on) */
  readonly url: string;
  /** Every request received, in order. */
  readonly calls: RecordedRequest[];
  /** Routes `method` + `pattern` to a handler, a fixed reply, or a list of replies served in order. */
  on(method: string, pattern: string, reply: Handler | Reply | readonly Reply[]): TestServer;
  /**
   * Serves `replies` (faults, errors, or handlers) once each to the next matching requests, then falls back to the routes
   * already defined: `server.inject('GET', '/session/:id', { status: 503 }, { fault: 'reset-before-headers' })`.
   */
  inject(method: string, pattern: string, ...replies: ReadonlyArray<Reply | Handler>): TestServer;
  /** Forgets routes and calls. */
  reset(): void;
  /** Stops the server, ending open connections and pending timers. */
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The CORS response headers for `cors`, or none when it is off. */
function corsHeaders(cors: TestServerOptions['cors']): Record<string, string> {
  if (!cors) return {};
  const allowHeaders = (cors === true ? undefined : cors.allowHeaders) ?? ['authorization', 'content-type'];
  if (allowHeaders.includes('*')) throw new Error('cors.allowHeaders names each header; `*` would allow any');
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': allowHeaders.join(', '),
    'access-control-expose-headers': '*',
    'access-control-max-age': '600',
  };
}

/** Starts a test server; `await server.close()` in `afterAll`. */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const routes = new RouteTable();
  const timers = new TimerSet();
  const calls: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const cors = corsHeaders(options.cors);

  const server: Server = createServer(async (request, response) => {
    if (options.cors) {
      for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
    }
    const raw = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const matched = routes.match(method, url.pathname);
    const recorded: RecordedRequest = {
      method,
      rawPath: url.pathname,
      path: safeDecode(url.pathname),
      query: url.searchParams,
      headers: request.headers,
      rawBody: raw,
      body: parseBody(raw, request.headers['content-type']),
      params: matched?.params ?? {},
    };
    calls.push(recorded);
    const route = async (): Promise<Reply> => {
      try {
        if (matched) return await matched.handler(recorded);
        if (options.notFound) return await options.notFound(recorded);
        return { status: 404, json: { message: `No route for ${method} ${url.pathname}` } };
      } catch (error) {
        return { status: 500, json: { message: error instanceof Error ? error.message : String(error) } };
      }
    };
    let reply: Reply;
    try {
      reply = options.middleware ? await options.middleware(recorded, route) : await route();
    } catch (error) {
      reply = { status: 500, json: { message: error instanceof Error ? error.message : String(error) } };
    }
    await writeReply(response, reply, timers);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const testServer: TestServer = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    calls,
    on(method, pattern, reply) {
      routes.add(method, pattern, reply);
      return testServer;
    },
    inject(method, pattern, ...replies) {
      routes.inject(method, pattern, replies);
      return testServer;
    },
    reset() {
      routes.clear();
      calls.length = 0;
    },
    async close() {
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return testServer;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
