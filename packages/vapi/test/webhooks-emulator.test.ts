import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startVapiEmulator, type VapiEmulator, type VapiWebhookPlan } from '@sessionkit/emulators/vapi';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  isKnownServerMessage,
  type ServerMessage,
  serverMessageType,
  type UnknownServerMessage,
  verifyNodeWebhook,
  type WebhookAuthenticationPlan,
} from '../src/webhooks.ts';
import { API_KEY, makeClient } from './helpers.ts';

/** A receiver on 127.0.0.1 that verifies every request with `plan` and answers the queued statuses (then 204). */
async function receiver(plan: () => WebhookAuthenticationPlan) {
  const received: (ServerMessage | UnknownServerMessage)[] = [];
  const refused: string[] = [];
  const statuses: number[] = [];
  const server: Server = createServer(async (request, response) => {
    const status = statuses.shift();
    try {
      received.push(await verifyNodeWebhook(request, { plan: plan(), url: url }));
      response.writeHead(status ?? 204).end();
    } catch (error) {
      refused.push((error as { reason?: string }).reason ?? String(error));
      response.writeHead(401).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vapi/webhook`;
  return {
    url,
    received,
    refused,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const PLANS: Record<string, VapiWebhookPlan> = {
  'hmac sha256 hex, seconds': { type: 'hmac', secretKey: 'whsec_emulated-1', algorithm: 'sha256' },
  'hmac sha512 base64, svix style, ms': {
    type: 'hmac',
    secretKey: 'whsec_emulated-2',
    algorithm: 'sha512',
    signatureEncoding: 'base64',
    signaturePrefix: 'v1,',
    signatureHeader: 'svix-signature',
    timestampHeader: 'svix-timestamp',
    messageIdHeader: 'svix-id',
    payloadFormat: '{svix-id}.{timestamp}.{body}',
    timestampFormat: 'ms',
  },
  'hmac sha1 hex, {method} {url}, ISO': {
    type: 'hmac',
    secretKey: 'whsec_emulated-3',
    algorithm: 'sha1',
    signaturePrefix: 'sha1=',
    payloadFormat: '{method} {url} {timestamp} {body}',
    timestampFormat: 'iso',
  },
  bearer: { type: 'bearer', token: 'tok_emulated' },
  'legacy server.secret': { type: 'secret', secret: 'server-secret-emulated' },
};

describe('the Vapi emulator’s server messages, verified with verifyWebhook', () => {
  let hooks: Awaited<ReturnType<typeof receiver>>;
  let plan: VapiWebhookPlan;
  beforeAll(async () => {
    hooks = await receiver(() => {
      if (plan.type !== 'hmac') return plan;
      const { timestampFormat: _, ...spec } = plan;
      return spec;
    });
  });
  afterAll(() => hooks.close());
  let emulator: VapiEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    hooks.received.length = 0;
    hooks.refused.length = 0;
  });

  it.each(Object.entries(PLANS))('delivers session and chat events signed per the plan: %s', async (_, chosen) => {
    plan = chosen;
    emulator = await startVapiEmulator({ apiKey: API_KEY, webhook: { url: hooks.url, plan } });
    const vapi = makeClient(emulator.url);
    const session = await vapi.sessions.create({ name: 'webhooks' });
    await vapi.sessions.update(session.id, { name: 'renamed' });
    const chat = await vapi.sessions.send(session.id, 'Hello');
    await vapi.sessions.delete(session.id);
    await emulator.webhooksSettled();
    expect(hooks.refused).toEqual([]);
    expect(hooks.received.map(serverMessageType)).toEqual([
      'session.created',
      'session.updated',
      'chat.created',
      'session.deleted',
    ]);
    const [created, updated, chatCreated] = hooks.received;
    if (created && isKnownServerMessage(created) && created.message.type === 'session.created') {
      expect(created.message.session.id).toBe(session.id);
    } else expect.unreachable();
    expect(updated?.message).toMatchObject({ session: { name: 'renamed' } });
    if (chatCreated && isKnownServerMessage(chatCreated) && chatCreated.message.type === 'chat.created') {
      expect(chatCreated.message.chat.id).toBe(chat.id);
    } else expect.unreachable();
    expect(emulator.deliveries.map((delivery) => [delivery.type, delivery.delivered, delivery.attempts])).toEqual(
      ['session.created', 'session.updated', 'chat.created', 'session.deleted'].map((type) => [
        type,
        true,
        [{ status: 204 }],
      ]),
    );
  });

  it('is refused by a receiver that holds another secret', async () => {
    plan = PLANS['hmac sha256 hex, seconds'] as VapiWebhookPlan;
    emulator = await startVapiEmulator({
      apiKey: API_KEY,
      webhook: { url: hooks.url, plan: { ...plan, secretKey: 'someone-else' } as VapiWebhookPlan },
    });
    await makeClient(emulator.url).sessions.create({});
    await emulator.webhooksSettled();
    expect(hooks.refused).toEqual(['bad-signature']);
    expect(emulator.deliveries[0]?.attempts).toEqual([{ status: 401 }]);
  });

  it('retries per the BackoffPlan: non-2xx retried, excludedStatusCodes not, maxRetries default 0', async () => {
    plan = PLANS.bearer as VapiWebhookPlan;
    emulator = await startVapiEmulator({
      apiKey: API_KEY,
      webhook: {
        url: hooks.url,
        plan,
        backoffPlan: { type: 'exponential', maxRetries: 3, baseDelaySeconds: 0.01, excludedStatusCodes: [410] },
      },
    });
    const vapi = makeClient(emulator.url);
    hooks.statuses.push(500, 503);
    await vapi.sessions.create({});
    await emulator.webhooksSettled();
    hooks.statuses.push(410);
    await vapi.sessions.create({});
    await emulator.webhooksSettled();
    expect(emulator.deliveries.map((delivery) => [delivery.delivered, delivery.attempts.map((a) => a.status)])).toEqual(
      [
        [true, [500, 503, 204]],
        [false, [410]],
      ],
    );
    await emulator.close();

    emulator = await startVapiEmulator({ apiKey: API_KEY, webhook: { url: hooks.url, plan } });
    hooks.statuses.push(500);
    await makeClient(emulator.url).sessions.create({});
    await emulator.webhooksSettled();
    expect(emulator.deliveries[0]?.attempts).toEqual([{ status: 500 }]);
  });

  it('records a network failure as an attempt, and sends nothing without a webhook', async () => {
    emulator = await startVapiEmulator({
      apiKey: API_KEY,
      webhook: { url: 'http://127.0.0.1:9/unreachable', backoffPlan: { maxRetries: 1, baseDelaySeconds: 0.01 } },
    });
    await makeClient(emulator.url).sessions.create({});
    await emulator.webhooksSettled();
    expect(emulator.deliveries[0]?.attempts).toEqual([{ error: expect.any(String) }, { error: expect.any(String) }]);
    await emulator.close();
    emulator = await startVapiEmulator({ apiKey: API_KEY });
    await makeClient(emulator.url).sessions.create({});
    expect(emulator.deliveries).toEqual([]);
  });
});
