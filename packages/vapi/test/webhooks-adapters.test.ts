import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type HmacAuthenticationPlan,
  isKnownServerMessage,
  type ServerMessage,
  serverMessageType,
  type UnknownServerMessage,
  verifyNodeWebhook,
  WebhookVerificationError,
  webhookHandler,
} from '../src/webhooks.ts';
import { BODY, sign } from './webhook-signer.ts';

const SECRET = 'whsec_adapter-secret-3e9d';
const plan: HmacAuthenticationPlan = {
  type: 'hmac',
  secretKey: SECRET,
  algorithm: 'sha256',
  payloadFormat: '{method} {url} {timestamp}.{body}',
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function signedInit(url: string, body = BODY, secret = SECRET): RequestInit {
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = sign('sha256', secret, `POST ${url} ${ts}.${body}`, 'hex');
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': signature, 'x-timestamp': ts },
    body,
  };
}

describe('webhookHandler (Web-standard Request → Response) on a real server', () => {
  const received: (ServerMessage | UnknownServerMessage)[] = [];
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const handle = webhookHandler({
      plan,
      onMessage(message) {
        received.push(message);
        if (isKnownServerMessage(message) && message.message.type === 'session.created') {
          return Response.json({ ok: message.message.session.id });
        }
        return undefined;
      },
    });
    // The same handler a Worker, Deno.serve or Bun.serve would take, behind a node:http bridge.
    server = createServer(async (incoming, outgoing) => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const request = new Request(`${base}${incoming.url}`, {
        method: incoming.method ?? 'POST',
        headers: incoming.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      const response = await handle(request);
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    });
    base = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers what onMessage returns for a verified message', async () => {
    const url = `${base}/vapi`;
    const response = await fetch(url, signedInit(url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: JSON.parse(BODY).message.session.id });
    expect(received.map(serverMessageType)).toEqual(['session.created']);
  });

  it('answers 204 when onMessage returns nothing, 401 with the reason for a bad signature, 400 for a bad body', async () => {
    const url = `${base}/vapi`;
    const other = JSON.stringify({ message: { type: 'status-update', status: 'ended' } });
    expect((await fetch(url, signedInit(url, other))).status).toBe(204);
    const forged = await fetch(url, signedInit(url, BODY, 'not-the-secret'));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: 'bad-signature' });
    const notJson = await fetch(url, signedInit(url, 'plain text'));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'bad-body' });
  });
});

describe('verifyNodeWebhook (http.IncomingMessage) on a real server', () => {
  let server: Server;
  let base: string;
  const outcomes: string[] = [];
  beforeAll(async () => {
    server = createServer(async (request, response) => {
      try {
        const received = await verifyNodeWebhook(request, { plan });
        outcomes.push(serverMessageType(received));
        response.writeHead(204).end();
      } catch (error) {
        outcomes.push(error instanceof WebhookVerificationError ? error.reason : 'other');
        response.writeHead(401).end();
      }
    });
    base = await listen(server);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies the raw body as sent, byte for byte (whitespace and key order kept)', async () => {
    const url = `${base}/hooks/vapi?tenant=7`;
    const spaced = `{ "message" : {"type":"session.created",  "session": ${JSON.stringify(JSON.parse(BODY).message.session, null, 2)} } }`;
    expect((await fetch(url, signedInit(url, spaced))).status).toBe(204);
    const reformatted = signedInit(url, spaced);
    reformatted.body = JSON.stringify(JSON.parse(spaced));
    expect((await fetch(url, reformatted)).status).toBe(401);
    expect(outcomes).toEqual(['session.created', 'bad-signature']);
  });

  it('uses the Host header and path for {url}, and a body a parser already read', async () => {
    const url = `${base}/x`;
    const init = signedInit(url);
    const incoming = Object.assign((async function* () {})(), {
      method: 'POST',
      url: '/x',
      headers: { ...(init.headers as Record<string, string>), host: new URL(base).host },
    });
    await expect(verifyNodeWebhook(incoming, { plan, rawBody: Buffer.from(BODY) })).resolves.toMatchObject({
      message: { type: 'session.created' },
    });
  });
});
