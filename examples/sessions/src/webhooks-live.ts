// The live webhook section: a local receiver built on verifyWebhook (through verifyNodeWebhook) prints the server
// messages a Vapi emulator POSTs, signed with an HMAC plan, while the demo creates, continues and ends a session.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { VapiClient } from '@sessionkit/vapi';
import {
  type HmacAuthenticationPlan,
  isKnownServerMessage,
  serverMessageType,
  verifyNodeWebhook,
  WebhookVerificationError,
} from '@sessionkit/vapi/webhooks';

/** Runs the section, calling `print` with one line per event the receiver verified (or refused). */
export async function webhooksLive(print: (line: string) => void): Promise<void> {
  const plan: HmacAuthenticationPlan = {
    type: 'hmac',
    secretKey: randomBytes(24).toString('base64url'),
    algorithm: 'sha256',
  };
  const receiver = createServer(async (request, response) => {
    try {
      const received = await verifyNodeWebhook(request, { plan });
      if (!isKnownServerMessage(received)) {
        print(`verified  ${serverMessageType(received)} (a type this version does not know)`);
      } else {
        const { message } = received;
        switch (message.type) {
          case 'session.created':
          case 'session.updated':
          case 'session.deleted':
            print(
              `verified  ${message.type.padEnd(16)} session ${message.session.id} · ${message.session.status ?? '—'}`,
            );
            break;
          case 'chat.created':
          case 'chat.deleted':
            print(
              `verified  ${message.type.padEnd(16)} chat ${message.chat.id} in session ${message.chat.sessionId ?? '—'}`,
            );
            break;
          default:
            print(`verified  ${message.type}`);
        }
      }
      response.writeHead(204).end();
    } catch (error) {
      print(`refused   ${error instanceof WebhookVerificationError ? error.reason : String(error)}`);
      response.writeHead(401).end();
    }
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/vapi/webhook`;
  const emulator = await startVapiEmulator({ seed: 0, webhook: { url, plan } });
  try {
    const vapi = new VapiClient({ apiKey: 'demo', baseUrl: emulator.url });
    const session = await vapi.sessions.create({ name: 'Webhook demo' });
    await vapi.sessions.send(session.id, 'Where is my order?');
    await vapi.sessions.update(session.id, { status: 'completed' });
    await vapi.sessions.delete(session.id);
    await emulator.webhooksSettled();
  } finally {
    await emulator.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
