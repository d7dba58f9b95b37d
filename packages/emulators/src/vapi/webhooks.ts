import { createHmac, randomUUID } from 'node:crypto';

/**
 * How the emulator proves its deliveries, as a webhook credential's `authenticationPlan` (spec
 * `HMACAuthenticationPlan`, `BearerAuthenticationPlan`) or the legacy `server.secret` (`{ type: 'secret', secret }`,
 * sent as is in `X-Vapi-Signature`). `timestampFormat` (not in the spec, which leaves the unit open) picks how the
 * HMAC timestamp is written: Unix seconds (default), milliseconds or ISO 8601.
 */
export type VapiWebhookPlan =
  | {
      type: 'hmac';
      secretKey: string;
      algorithm: 'sha256' | 'sha512' | 'sha1';
      signatureHeader?: string;
      timestampHeader?: string;
      signaturePrefix?: string;
      includeTimestamp?: boolean;
      payloadFormat?: string;
      messageIdHeader?: string;
      signatureEncoding?: 'hex' | 'base64';
      secretIsBase64?: boolean;
      timestampFormat?: 'seconds' | 'ms' | 'iso';
    }
  | { type: 'bearer'; token: string; headerName?: string; bearerPrefixEnabled?: boolean }
  | { type: 'secret'; secret: string };

/** The spec's `BackoffPlan`: `maxRetries` (default 0), a fixed or exponential delay, status codes not retried. */
export interface VapiBackoffPlan {
  type?: 'fixed' | 'exponential';
  maxRetries?: number;
  baseDelaySeconds?: number;
  excludedStatusCodes?: number[];
}

/** Where and how the emulator POSTs server messages. */
export interface VapiWebhookOptions {
  /** The server URL the messages go to. */
  readonly url: string;
  /** How each delivery is signed. Default: not at all. */
  readonly plan?: VapiWebhookPlan;
  /** How failed deliveries are retried. Default: not retried (`maxRetries` 0). */
  readonly backoffPlan?: VapiBackoffPlan;
}

/** One attempt at a delivery: the status answered, or the network error. */
export interface VapiWebhookAttempt {
  readonly status?: number;
  readonly error?: string;
}

/** One server message the emulator sent (or tried to). */
export interface VapiWebhookDelivery {
  /** `session.created`, `session.updated`, `session.deleted`, `chat.created` or `chat.deleted`. */
  readonly type: string;
  readonly url: string;
  /** The exact body sent. */
  readonly body: string;
  /** The headers sent, signature included. */
  readonly headers: Readonly<Record<string, string>>;
  readonly attempts: VapiWebhookAttempt[];
  /** True once an attempt got a 2xx. */
  delivered: boolean;
}

/**
 * Sends the emulator's server messages one after the other, signed per the plan, retried per the backoff plan, and
 * records them.
 */
export class VapiWebhooks {
  readonly deliveries: VapiWebhookDelivery[] = [];
  private queue: Promise<void> = Promise.resolve();

  private readonly options: VapiWebhookOptions | undefined;
  private readonly now: () => Date;

  constructor(options: VapiWebhookOptions | undefined, now: () => Date) {
    this.options = options;
    this.now = now;
  }

  /** Queues `{ message: { type, timestamp, [key]: payload } }`; `session.*` carry `session`, `chat.*` `chat`. */
  send(type: string, payload: unknown): void {
    if (!this.options) return;
    const key = type.startsWith('chat.') ? 'chat' : 'session';
    const body = JSON.stringify({ message: { type, timestamp: this.now().getTime(), [key]: payload } });
    const delivery: VapiWebhookDelivery = {
      type,
      url: this.options.url,
      body,
      headers: {
        'content-type': 'application/json',
        ...signatureHeaders(this.options.plan, this.options.url, body, this.now()),
      },
      attempts: [],
      delivered: false,
    };
    this.deliveries.push(delivery);
    // One at a time, in the order of the changes, so a receiver sees them in that order.
    this.queue = this.queue.then(() => this.deliver(delivery));
  }

  /** Resolves when every queued delivery has succeeded or given up. */
  async settled(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.queue;
      await last;
    } while (last !== this.queue);
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  private async deliver(delivery: VapiWebhookDelivery): Promise<void> {
    const backoff = this.options?.backoffPlan ?? {};
    const maxRetries = backoff.maxRetries ?? 0;
    const excluded = new Set(backoff.excludedStatusCodes ?? []);
    for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
      if (attempt > 0) {
        const base = (backoff.baseDelaySeconds ?? 1) * 1000;
        const delay = backoff.type === 'exponential' ? base * 2 ** (attempt - 1) : base;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      try {
        const response = await fetch(delivery.url, { method: 'POST', headers: delivery.headers, body: delivery.body });
        await response.arrayBuffer().catch(() => undefined);
        delivery.attempts.push({ status: response.status });
        if (response.ok) {
          delivery.delivered = true;
          return;
        }
        if (excluded.has(response.status)) return;
      } catch (error) {
        delivery.attempts.push({ error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

/** The headers that prove a delivery, computed with node:crypto as the plan says. */
export function signatureHeaders(
  plan: VapiWebhookPlan | undefined,
  url: string,
  body: string,
  now: Date,
): Record<string, string> {
  if (!plan) return {};
  if (plan.type === 'secret') return { 'x-vapi-signature': plan.secret };
  if (plan.type === 'bearer') {
    return {
      [plan.headerName ?? 'authorization']: plan.bearerPrefixEnabled === false ? plan.token : `Bearer ${plan.token}`,
    };
  }
  const includeTimestamp = plan.includeTimestamp !== false;
  const format = plan.payloadFormat ?? (includeTimestamp ? '{timestamp}.{body}' : '{body}');
  const timestamp =
    plan.timestampFormat === 'iso'
      ? now.toISOString()
      : plan.timestampFormat === 'ms'
        ? String(now.getTime())
        : String(Math.floor(now.getTime() / 1000));
  const messageId = `msg_${randomUUID().replaceAll('-', '')}`;
  const values: Record<string, string> = { body, timestamp, method: 'POST', url, 'svix-id': messageId };
  const payload = format.replace(/\{(body|timestamp|method|url|svix-id)\}/g, (_, name: string) => values[name] ?? '');
  const secret = plan.secretIsBase64 ? Buffer.from(plan.secretKey, 'base64') : plan.secretKey;
  const signature = createHmac(plan.algorithm, secret)
    .update(payload, 'utf8')
    .digest(plan.signatureEncoding ?? 'hex');
  const headers: Record<string, string> = {
    [(plan.signatureHeader ?? 'x-signature').toLowerCase()]: `${plan.signaturePrefix ?? ''}${signature}`,
  };
  if (includeTimestamp || format.includes('{timestamp}'))
    headers[(plan.timestampHeader ?? 'x-timestamp').toLowerCase()] = timestamp;
  if (plan.messageIdHeader || format.includes('{svix-id}'))
    headers[(plan.messageIdHeader ?? 'svix-id').toLowerCase()] = messageId;
  return headers;
}
