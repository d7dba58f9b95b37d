import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Chat, Session } from '../src/index.ts';
import { SessionkitError } from '../src/index.ts';
import {
  isKnownServerMessage,
  parseServerMessage,
  type ServerMessage,
  type ServerMessageBody,
  serverMessageType,
  type UnknownServerMessage,
  verifyWebhook,
  WebhookVerificationError,
} from '../src/webhooks.ts';
import { BODY, post, refusal, SESSION } from './webhook-signer.ts';

const TOKEN = 'tok_9b1d5e0c-Bearer-Secret-42';
const SERVER_SECRET = 'legacy-server-secret-7f3a1c';

describe('verifyWebhook with a bearer plan', () => {
  const plan = { type: 'bearer', token: TOKEN } as const;

  it('accepts `Authorization: Bearer <token>` and returns the typed message', async () => {
    const received = await verifyWebhook(post([['authorization', `Bearer ${TOKEN}`]]), { plan });
    expect(received).toEqual(JSON.parse(BODY));
  });

  it('reads a custom header without the prefix when bearerPrefixEnabled is false', async () => {
    const custom = { type: 'bearer', token: TOKEN, headerName: 'X-Vapi-Token', bearerPrefixEnabled: false } as const;
    await expect(verifyWebhook(post([['x-vapi-token', TOKEN]]), { plan: custom })).resolves.toBeDefined();
    expect(await refusal(verifyWebhook(post([['x-vapi-token', `Bearer ${TOKEN}`]]), { plan: custom }), [TOKEN])).toBe(
      'bad-token',
    );
  });

  it.each([
    ['no header', [], 'missing-token'],
    ['no Bearer prefix', [['authorization', TOKEN]], 'missing-token'],
    ['a wrong token', [['authorization', `Bearer ${TOKEN}x`]], 'bad-token'],
    ['a token cut short', [['authorization', `Bearer ${TOKEN.slice(0, -1)}`]], 'bad-token'],
    [
      'a duplicated header',
      [
        ['authorization', `Bearer ${TOKEN}`],
        ['authorization', `Bearer ${TOKEN}`],
      ],
      'missing-token',
    ],
  ] as const)('refuses %s', async (_, headers, reason) => {
    expect(await refusal(verifyWebhook(post(headers.map(([n, v]) => [n, v])), { plan }), [TOKEN])).toBe(reason);
  });

  it('refuses a right token with a body that is not JSON', async () => {
    const request = post([['authorization', `Bearer ${TOKEN}`]], '{"message":');
    expect(await refusal(verifyWebhook(request, { plan }), [TOKEN])).toBe('bad-body');
  });
});

describe('verifyWebhook with the legacy server.secret', () => {
  const plan = { type: 'secret', secret: SERVER_SECRET } as const;

  it.each(['X-Vapi-Signature', 'X-Vapi-Secret'])('accepts the secret in %s', async (name) => {
    await expect(verifyWebhook(post([[name, SERVER_SECRET]]), { plan })).resolves.toMatchObject({
      message: { type: 'session.created' },
    });
  });

  it.each([
    ['no header', [], 'missing-signature'],
    ['a wrong secret', [['x-vapi-signature', 'legacy-server-secret-7f3a1d']], 'bad-signature'],
    [
      'a duplicated header',
      [
        ['x-vapi-secret', SERVER_SECRET],
        ['x-vapi-secret', SERVER_SECRET],
      ],
      'bad-signature',
    ],
  ] as const)('refuses %s', async (_, headers, reason) => {
    const request = post(headers.map(([n, v]) => [n, v]));
    expect(await refusal(verifyWebhook(request, { plan }), [SERVER_SECRET])).toBe(reason);
  });
});

describe('verifyWebhook with OAuth2 (options.verifyBearer)', () => {
  it('hands the bearer token to the user’s check', async () => {
    const seen: string[] = [];
    const verifyBearer = async (token: string) => {
      seen.push(token);
      return token === TOKEN;
    };
    await expect(verifyWebhook(post([['authorization', `Bearer ${TOKEN}`]]), { verifyBearer })).resolves.toBeDefined();
    expect(await refusal(verifyWebhook(post([['authorization', 'Bearer other']]), { verifyBearer }), [TOKEN])).toBe(
      'bad-token',
    );
    expect(await refusal(verifyWebhook(post([]), { plan: { type: 'oauth2' }, verifyBearer }), [TOKEN])).toBe(
      'missing-token',
    );
    expect(seen).toEqual([TOKEN, 'other']);
  });
});

describe('WebhookVerificationError', () => {
  it('is a SessionkitError that shows its reason, and nothing else', async () => {
    const error = await verifyWebhook(post([['authorization', `Bearer ${TOKEN}x`]]), {
      plan: { type: 'bearer', token: TOKEN },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionkitError);
    expect(WebhookVerificationError.isInstance(error)).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'WebhookVerificationError',
      message: "The token in the Authorization header is not the plan's token",
      reason: 'bad-token',
    });
    expect(inspect(error)).toContain('reason: "bad-token"');
    expect(inspect(error)).not.toContain(TOKEN);
  });
});

describe('parseServerMessage', () => {
  const chat = { id: 'c1', orgId: 'o1', createdAt: '2026-08-20T10:00:00.000Z', updatedAt: '2026-08-20T10:00:00.000Z' };

  it('types the session and chat events with the client’s Session and Chat', () => {
    const received = parseServerMessage({ message: { type: 'chat.created', timestamp: 1, chat } });
    expect(isKnownServerMessage(received)).toBe(true);
    if (!isKnownServerMessage(received)) return;
    const { message } = received;
    switch (message.type) {
      case 'session.created':
      case 'session.updated':
      case 'session.deleted':
        expectTypeOf(message.session).toEqualTypeOf<Session>();
        break;
      case 'chat.created':
      case 'chat.deleted':
        expectTypeOf(message.chat).toEqualTypeOf<Chat>();
        expect(message.chat.id).toBe('c1');
        break;
      case 'status-update':
        expectTypeOf(message.status).toEqualTypeOf<string>();
        break;
      default:
        expectTypeOf(message.type).not.toEqualTypeOf<string>();
    }
  });

  it('delivers a type it does not know behind isKnownServerMessage', () => {
    const received = parseServerMessage({ message: { type: 'session.archived', session: SESSION } });
    expectTypeOf(received).toEqualTypeOf<ServerMessage | UnknownServerMessage>();
    expect(isKnownServerMessage(received)).toBe(false);
    expect(serverMessageType(received)).toBe('session.archived');
    expectTypeOf<ServerMessageBody['type']>().not.toEqualTypeOf<string>();
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['no message', { type: 'session.created' }],
    ['no type', { message: { session: SESSION } }],
    ['a session event without a session', { message: { type: 'session.updated' } }],
    ['a session without an id', { message: { type: 'session.deleted', session: { orgId: 'o' } } }],
    ['a chat event without a chat', { message: { type: 'chat.deleted', chat: 'c1' } }],
    ['a status update without a status', { message: { type: 'status-update' } }],
    ['tool calls without their lists', { message: { type: 'tool-calls', toolCallList: [] } }],
  ])('refuses %s as bad-body', (_, body) => {
    expect(() => parseServerMessage(body)).toThrow(expect.objectContaining({ reason: 'bad-body' }));
  });

  it('accepts every other spec type with its required fields', () => {
    const received = parseServerMessage({ message: { type: 'speech-update', status: 'started', role: 'assistant' } });
    expect(isKnownServerMessage(received) && received.message.type === 'speech-update' && received.message.role).toBe(
      'assistant',
    );
  });
});
