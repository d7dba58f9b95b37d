import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

const ENTRY = `
import { isKnownServerMessage, verifyWebhook, WebhookVerificationError } from '@sessionkit/vapi/webhooks';
window.verifyInBrowser = async ({ plan, url, headers, body }) => {
  const reasonOf = (promise) => promise.then(() => 'ok', (error) => error instanceof WebhookVerificationError ? error.reason : String(error));
  const received = await verifyWebhook(new Request(url, { method: 'POST', headers, body }), { plan });
  const type = isKnownServerMessage(received) ? received.message.type : 'unknown';
  const tampered = await reasonOf(verifyWebhook(new Request(url, { method: 'POST', headers, body: body.replace('"active"', '"completed"') }), { plan }));
  const stale = await reasonOf(verifyWebhook(new Request(url, { method: 'POST', headers, body }), { plan, now: () => Date.now() + 3_600_000 }));
  return { type, tampered, stale };
};
window.ready = true;
`;

describe.skipIf(chromiumMissing)('@sessionkit/vapi/webhooks in headless Chromium', () => {
  const ctx = usePage(ENTRY);

  it.each(['sha256', 'sha512', 'sha1'] as const)(
    'verifies an HMAC %s message signed by node:crypto with Web Crypto, and refuses it tampered or stale',
    async (algorithm) => {
      const plan = { type: 'hmac', secretKey: 'whsec_browser', algorithm, signatureEncoding: 'base64' } as const;
      const body = JSON.stringify({
        message: {
          type: 'session.created',
          session: {
            id: 's1',
            orgId: 'o1',
            createdAt: '2026-08-20T10:00:00Z',
            updatedAt: '2026-08-20T10:00:00Z',
            status: 'active',
          },
        },
      });
      const timestamp = String(Date.now());
      const signature = createHmac(algorithm, plan.secretKey).update(`${timestamp}.${body}`).digest('base64');
      const fixture = {
        plan,
        url: 'https://hooks.example.com/vapi',
        headers: { 'x-signature': signature, 'x-timestamp': timestamp },
        body,
      };
      const result = await ctx.page.evaluate(
        (input) => (window as unknown as { verifyInBrowser: (i: unknown) => Promise<unknown> }).verifyInBrowser(input),
        fixture,
      );
      expect(result).toEqual({ type: 'session.created', tampered: 'bad-signature', stale: 'stale-timestamp' });
    },
  );
});
