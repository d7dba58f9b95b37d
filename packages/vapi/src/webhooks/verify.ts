import { WebhookVerificationError } from './error.ts';
import type { ServerMessage, UnknownServerMessage } from './messages.ts';
import { parseServerMessage } from './parse.ts';
import type { HmacAuthenticationPlan, WebhookAuthenticationPlan } from './plans.ts';

/**
 * Options of `verifyWebhook`.
 *
 * @example
 * ```ts
 * const options: VerifyWebhookOptions = { plan: { type: 'hmac', secretKey: 'whsec', algorithm: 'sha256' } };
 * ```
 */
export interface VerifyWebhookOptions {
  /** The credential's `authenticationPlan` as given to Vapi, `{ type: 'secret', secret }` or `{ type: 'oauth2' }`. */
  plan?: WebhookAuthenticationPlan;
  /** The user's check of an OAuth2 bearer token (the plan defaults to `{ type: 'oauth2' }` when only this is given). */
  verifyBearer?: (token: string, request: Request) => boolean | Promise<boolean>;
  /** How far a signed timestamp may be from now, either way, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** The URL Vapi signed as `{url}`, when it is not the request's own (behind a proxy). */
  url?: string;
  /** The current time in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
}

const ALGORITHMS = { sha256: 'SHA-256', sha512: 'SHA-512', sha1: 'SHA-1' } as const;
const PLACEHOLDER = /\{(body|timestamp|method|url|svix-id)\}/g;
const encoder = new TextEncoder();

/**
 * Verifies that a webhook request comes from Vapi, then parses its body as a server message. Reads the raw body
 * once, checks it as `options.plan` says (HMAC signature with its timestamp window, bearer token, legacy
 * `server.secret`, or OAuth2 through `options.verifyBearer`) with constant-time Web Crypto comparisons, and
 * returns the message. A type this version does not know is delivered: narrow with `isKnownServerMessage`. Throws
 * `WebhookVerificationError` with a `reason` otherwise. Runs wherever `Request` and `crypto.subtle` exist.
 *
 * @example
 * ```ts
 * export async function POST(request: Request): Promise<Response> {
 *   const received = await verifyWebhook(request, {
 *     plan: { type: 'hmac', secretKey: 'whsec', algorithm: 'sha256' },
 *   });
 *   if (isKnownServerMessage(received) && received.message.type === 'session.created') {
 *     console.log(received.message.session.id);
 *   }
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export async function verifyWebhook(
  request: Request,
  options: VerifyWebhookOptions,
): Promise<ServerMessage | UnknownServerMessage> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WebhookVerificationError('bad-body', 'The webhook body is not UTF-8 text');
  }
  const plan = options.plan ?? (options.verifyBearer ? { type: 'oauth2' } : undefined);
  if (plan === undefined) throw new TypeError('verifyWebhook needs options.plan or options.verifyBearer');
  switch (plan.type) {
    case 'hmac':
      await verifyHmac(request, body, plan, options);
      break;
    case 'bearer': {
      const name = plan.headerName ?? 'Authorization';
      const token = readToken(request, name, plan.bearerPrefixEnabled !== false);
      if (!(await constantTimeEqual(token, plan.token))) {
        throw new WebhookVerificationError('bad-token', `The token in the ${name} header is not the plan's token`);
      }
      break;
    }
    case 'secret': {
      const name = request.headers.has('x-vapi-signature') ? 'X-Vapi-Signature' : 'X-Vapi-Secret';
      const value = request.headers.get(name);
      if (value === null || value === '') {
        throw new WebhookVerificationError('missing-signature', 'No X-Vapi-Signature or X-Vapi-Secret header');
      }
      if (!(await constantTimeEqual(value, plan.secret))) {
        throw new WebhookVerificationError('bad-signature', `The ${name} header is not the server secret`);
      }
      break;
    }
    case 'oauth2': {
      const name = plan.headerName ?? 'Authorization';
      const token = readToken(request, name, true);
      if (!options.verifyBearer) throw new TypeError('An oauth2 plan needs options.verifyBearer');
      if (!(await options.verifyBearer(token, request))) {
        throw new WebhookVerificationError('bad-token', `verifyBearer refused the token in the ${name} header`);
      }
      break;
    }
    default:
      throw new TypeError(`Unknown webhook plan type ${JSON.stringify((plan as { type: unknown }).type)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError('bad-body', 'The webhook body is not JSON');
  }
  return parseServerMessage(json);
}

async function verifyHmac(
  request: Request,
  body: string,
  plan: HmacAuthenticationPlan,
  options: VerifyWebhookOptions,
): Promise<void> {
  const includeTimestamp = plan.includeTimestamp !== false;
  const format = plan.payloadFormat ?? (includeTimestamp ? '{timestamp}.{body}' : '{body}');
  const signatureHeader = plan.signatureHeader ?? 'x-signature';
  const received = request.headers.get(signatureHeader);
  if (received === null || received === '') {
    throw new WebhookVerificationError('missing-signature', `No ${signatureHeader} header`);
  }
  let timestamp = '';
  if (includeTimestamp || format.includes('{timestamp}')) {
    timestamp = checkTimestamp(request, plan.timestampHeader ?? 'x-timestamp', options);
  }
  let messageId = '';
  if (format.includes('{svix-id}')) {
    const name = plan.messageIdHeader ?? 'svix-id';
    const value = request.headers.get(name);
    if (value === null || value === '' || value.includes(',')) {
      throw new WebhookVerificationError('missing-signature', `No single ${name} header (the signed message id)`);
    }
    messageId = value;
  }
  const prefix = plan.signaturePrefix ?? '';
  const encoded = received.startsWith(prefix) ? received.slice(prefix.length) : undefined;
  const signature =
    encoded === undefined
      ? undefined
      : (plan.signatureEncoding ?? 'hex') === 'hex'
        ? fromHex(encoded)
        : fromBase64(encoded);
  if (signature === undefined) {
    throw new WebhookVerificationError(
      'bad-signature',
      `The ${signatureHeader} header is not one ${plan.signatureEncoding ?? 'hex'} signature${prefix ? ' after the plan’s prefix' : ''}`,
    );
  }
  const values: Record<string, string> = {
    body,
    timestamp,
    method: request.method,
    url: options.url ?? request.url,
    'svix-id': messageId,
  };
  const payload = format.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
  const secret = plan.secretIsBase64 ? fromBase64(plan.secretKey) : encoder.encode(plan.secretKey);
  if (secret === undefined) throw new TypeError('The plan’s secretKey is not base64 although secretIsBase64 is set');
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: ALGORITHMS[plan.algorithm] }, false, [
    'verify',
  ]);
  // crypto.subtle.verify compares in constant time.
  if (!(await crypto.subtle.verify('HMAC', key, signature, encoder.encode(payload)))) {
    throw new WebhookVerificationError('bad-signature', `The ${signatureHeader} header does not sign this request`);
  }
}

function checkTimestamp(request: Request, name: string, options: VerifyWebhookOptions): string {
  const value = request.headers.get(name);
  if (value === null || value === '') throw new WebhookVerificationError('missing-timestamp', `No ${name} header`);
  const at = timestampMs(value);
  if (at === undefined) {
    throw new WebhookVerificationError(
      'missing-timestamp',
      `The ${name} header is not one timestamp (Unix seconds, Unix milliseconds or ISO 8601)`,
    );
  }
  const tolerance = (options.toleranceSeconds ?? 300) * 1000;
  const now = (options.now ?? Date.now)();
  if (at < now - tolerance) {
    throw new WebhookVerificationError('stale-timestamp', `The ${name} header is older than the tolerance`);
  }
  if (at > now + tolerance) {
    throw new WebhookVerificationError(
      'future-timestamp',
      `The ${name} header is further in the future than the tolerance`,
    );
  }
  return value;
}

/** Unix seconds (up to 11 digits), Unix milliseconds (12 or more) or ISO 8601, told apart by form. */
function timestampMs(value: string): number | undefined {
  if (/^\d{1,11}$/.test(value)) return Number(value) * 1000;
  if (/^\d{12,16}$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : at;
  }
  return undefined;
}

function readToken(request: Request, name: string, bearerPrefix: boolean): string {
  const value = request.headers.get(name);
  if (value === null || value === '') throw new WebhookVerificationError('missing-token', `No ${name} header`);
  if (!bearerPrefix) return value;
  const match = /^Bearer +(\S+)$/i.exec(value);
  if (!match) throw new WebhookVerificationError('missing-token', `The ${name} header is not \`Bearer <token>\``);
  return match[1] as string;
}

/** Equality of two strings that takes the same time wherever they differ: HMACs under a one-off key, verified. */
async function constantTimeEqual(received: string, expected: string): Promise<boolean> {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(expected));
  return crypto.subtle.verify('HMAC', key, mac, encoder.encode(received));
}

function fromHex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length === 0 || text.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
