import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { WebhookVerificationError, type WebhookVerificationReason } from '../src/webhooks.ts';

/** The independent signer: Node's createHmac, not the code under test. */
export function sign(
  algorithm: 'sha256' | 'sha512' | 'sha1',
  secret: string | Buffer,
  payload: string,
  encoding: 'hex' | 'base64',
): string {
  return createHmac(algorithm, secret).update(payload, 'utf8').digest(encoding);
}

export const SESSION = {
  id: '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa',
  orgId: '9c3d2f0e-6f2b-4f7e-9a61-0d1b2c3e4f50',
  createdAt: '2026-08-20T10:00:00.000Z',
  updatedAt: '2026-08-20T10:05:00.000Z',
  status: 'active',
};

export const BODY = JSON.stringify({
  message: { type: 'session.created', timestamp: 1_787_227_200_000, session: SESSION },
});

export const URL_SIGNED = 'https://hooks.example.com/vapi?tenant=7';

export function post(
  headers: [string, string][],
  body: string | Uint8Array<ArrayBuffer> = BODY,
  url = URL_SIGNED,
): Request {
  const init = new Headers();
  for (const [name, value] of headers) init.append(name, value);
  return new Request(url, { method: 'POST', headers: init, body });
}

/**
 * Awaits a rejection and checks it is a WebhookVerificationError whose message, JSON and inspection contain none of
 * `secrets`; returns its reason.
 */
export async function refusal(
  promise: Promise<unknown>,
  secrets: readonly string[],
): Promise<WebhookVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  const refused = error as WebhookVerificationError;
  const shown = [refused.message, JSON.stringify(refused), inspect(refused), String(refused)].join('\n');
  for (const secret of secrets) if (secret.length > 0) expect(shown).not.toContain(secret);
  return refused.reason;
}
