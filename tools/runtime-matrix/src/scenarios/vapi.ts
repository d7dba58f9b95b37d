import { messageText, NotFoundError, VapiClient } from '@sessionkit/vapi';
import {
  type HmacAuthenticationPlan,
  isKnownServerMessage,
  verifyWebhook,
  WebhookVerificationError,
} from '@sessionkit/vapi/webhooks';
import { listGetNotFound, runSteps, type ScenarioResult } from './scenario.ts';

export { runAndPrint } from './scenario.ts';

/** What the Vapi scenario needs: the emulator's URL, a key, and an id no session has. */
export interface VapiScenarioConfig {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly missingId: string;
  /** A `session.created` server message signed outside the runtime (node:crypto createHmac) with `plan`. */
  readonly webhook: {
    readonly plan: HmacAuthenticationPlan;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
  };
}

/**
 * Vapi: one page of sessions, the first of them by id, a typed 404 for an id no session has, `verifyWebhook` (Web
 * Crypto in this runtime) on a server message signed by node:crypto, then on the same message tampered with, and a
 * streamed turn (SSE read through the runtime's `fetch`): its deltas in order, and `text()` equal to the stored
 * chat's output.
 */
export async function run(config: VapiScenarioConfig): Promise<ScenarioResult> {
  const vapi = new VapiClient({ apiKey: config.apiKey, baseUrl: config.baseUrl, timeoutMs: 5_000, maxRetries: 0 });
  return runSteps([
    ...listGetNotFound({
      list: () => vapi.sessions.list({ limit: 2 }),
      get: (id) => vapi.sessions.get(id),
      idOf: (session) => session.id,
      missingId: config.missingId,
      NotFound: NotFoundError,
    }),
    [
      'verify-webhook',
      async () => {
        const { plan, url, headers, body } = config.webhook;
        const received = await verifyWebhook(new Request(url, { method: 'POST', headers, body }), { plan });
        if (!isKnownServerMessage(received) || received.message.type !== 'session.created') {
          throw new Error('the verified message is not a session.created');
        }
        const tampered = new Request(url, { method: 'POST', headers, body: body.replace('"active"', '"completed"') });
        const reason = await verifyWebhook(tampered, { plan }).then(
          () => 'accepted',
          (error: unknown) => (error instanceof WebhookVerificationError ? error.reason : String(error)),
        );
        if (reason !== 'bad-signature') throw new Error(`a tampered body gave ${reason}, not bad-signature`);
        return `${received.message.session.id} · tampered: ${reason}`;
      },
    ],
    [
      'stream',
      async () => {
        const session = await vapi.sessions.create({ assistantId: 'matrix-assistant' });
        const stream = vapi.sessions.stream(session.id, 'Where is my order?');
        const deltas: string[] = [];
        for await (const event of stream) if (event.type === 'delta') deltas.push(event.delta);
        const text = await stream.text();
        const chat = await stream.finalChat();
        const stored = chat.output?.map((message) => messageText(message) ?? '').join('') ?? '';
        if (deltas.length < 2 || deltas.join('') !== text || text !== stored) {
          throw new Error(`streamed ${JSON.stringify(deltas)}, text ${JSON.stringify(text)}, stored ${stored}`);
        }
        return `${deltas.length} deltas`;
      },
    ],
  ]);
}
