import { WebhookVerificationError } from './error.ts';
import type { ServerMessage, UnknownServerMessage } from './messages.ts';
import { type VerifyWebhookOptions, verifyWebhook } from './verify.ts';

/**
 * Options of `webhookHandler`: those of `verifyWebhook`, and what to do with each verified message.
 *
 * @example
 * ```ts
 * const options: WebhookHandlerOptions = {
 *   plan: { type: 'bearer', token: 'shared-token' },
 *   onMessage: (received) => { console.log(serverMessageType(received)); },
 * };
 * ```
 */
export interface WebhookHandlerOptions extends VerifyWebhookOptions {
  /** Called with each verified message; a `Response` it returns (or resolves to) is the answer, else `204 No Content`. */
  onMessage: (received: ServerMessage | UnknownServerMessage, request: Request) => unknown;
}

/**
 * A Web-standard handler (`(request: Request) => Promise<Response>`, as Next.js route handlers, Cloudflare Workers,
 * Deno and Bun take): verifies each request, answers `401` (`400` for a bad body) with `{ "error": reason }` when it
 * fails, and otherwise hands the message to `onMessage`.
 *
 * @example
 * ```ts
 * export const POST = webhookHandler({
 *   plan: { type: 'hmac', secretKey: 'whsec', algorithm: 'sha256' },
 *   onMessage(received) {
 *     if (isKnownServerMessage(received) && received.message.type === 'chat.created') console.log(received.message.chat.id);
 *   },
 * });
 * ```
 */
export function webhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    let received: ServerMessage | UnknownServerMessage;
    try {
      received = await verifyWebhook(request, options);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return Response.json({ error: error.reason }, { status: error.reason === 'bad-body' ? 400 : 401 });
    }
    const answer = await options.onMessage(received, request);
    return answer instanceof Response ? answer : new Response(null, { status: 204 });
  };
}

/**
 * The part of Node's `http.IncomingMessage` the adapter reads (typed structurally: no `@types/node` needed).
 *
 * @example
 * ```ts
 * declare const request: NodeWebhookRequest;
 * console.log(request.method, request.url);
 * ```
 */
export interface NodeWebhookRequest extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Options of `verifyNodeWebhook`.
 *
 * @example
 * ```ts
 * const options: VerifyNodeWebhookOptions = { plan: { type: 'secret', secret: 'server-secret' } };
 * ```
 */
export interface VerifyNodeWebhookOptions extends VerifyWebhookOptions {
  /**
   * The raw body when a body parser already read the stream (e.g. `express.raw()`'s `Buffer`); otherwise the stream
   * is read here. A body parsed as JSON cannot be verified: keep the raw bytes.
   */
  rawBody?: Uint8Array | string;
}

/**
 * `verifyWebhook` for Node's `http.IncomingMessage` (plain `node:http`, Express, Fastify's `request.raw`): reads the
 * raw body as it came, so the signature is checked on the exact bytes Vapi signed. `{url}` is
 * `http://<Host header><request.url>` unless `options.url` says otherwise.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 *
 * createServer(async (request, response) => {
 *   try {
 *     const received = await verifyNodeWebhook(request, { plan: { type: 'secret', secret: 'server-secret' } });
 *     console.log(serverMessageType(received));
 *     response.writeHead(204).end();
 *   } catch (error) {
 *     response.writeHead(error instanceof WebhookVerificationError ? 401 : 500).end();
 *   }
 * }).listen(8787);
 * ```
 */
export async function verifyNodeWebhook(
  request: NodeWebhookRequest,
  options: VerifyNodeWebhookOptions,
): Promise<ServerMessage | UnknownServerMessage> {
  return verifyWebhook(await toWebRequest(request, options.rawBody), options);
}

/**
 * The Web `Request` of a Node request, with its raw body and every header (repeated ones kept as repeated).
 *
 * @example
 * ```ts
 * declare const incoming: NodeWebhookRequest;
 * const request = await toWebRequest(incoming);
 * ```
 */
export async function toWebRequest(request: NodeWebhookRequest, rawBody?: Uint8Array | string): Promise<Request> {
  const body = rawBody ?? (await readAll(request));
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.append(name, value);
  }
  const host = headers.get('host') ?? 'localhost';
  const method = request.method ?? 'POST';
  const init: RequestInit = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') init.body = body as BodyInit;
  return new Request(new URL(request.url ?? '/', `http://${host}`), init);
}

async function readAll(request: NodeWebhookRequest): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  }
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
