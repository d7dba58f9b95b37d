import { describe, expect, it } from 'vitest';
import { RequestValidationError, SessionkitError, type VapiClient } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

/** Runs `call`, expects a RequestValidationError with exactly these paths, and that nothing was sent. */
async function expectRefused(call: (vapi: VapiClient) => PromiseLike<unknown>, paths: string[]): Promise<void> {
  const error = await rejectionOf(call(makeClient(ctx.server.url)));
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(error).toBeInstanceOf(SessionkitError);
  expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(paths);
  expect(ctx.server.calls).toHaveLength(0);
}

const long = (length: number): string => 'x'.repeat(length);

describe('sessions.create input', () => {
  it.each([
    ['name over 40 characters', { name: long(41) }, ['name']],
    ['status outside active|completed', { status: 'done' }, ['status']],
    ['expirationSeconds under 60', { expirationSeconds: 59 }, ['expirationSeconds']],
    ['expirationSeconds over 30 days', { expirationSeconds: 2_592_001 }, ['expirationSeconds']],
    ['expirationSeconds not a number', { expirationSeconds: '3600' }, ['expirationSeconds']],
    ['customer.number under 3 characters', { customer: { number: '12' } }, ['customer.number']],
    ['customer.number over 40 characters', { customer: { number: long(41) } }, ['customer.number']],
    ['customer.name over 40 characters', { customer: { name: long(41) } }, ['customer.name']],
    ['customer.email over 40 characters', { customer: { email: long(41) } }, ['customer.email']],
    ['customer.externalId over 40 characters', { customer: { externalId: long(41) } }, ['customer.externalId']],
    ['customer.extension over 10 characters', { customer: { extension: long(11) } }, ['customer.extension']],
    ['an unknown customer field', { customer: { nmae: 'Ada' } }, ['customer.nmae']],
    [
      'a phoneNumber without twilioAccountSid',
      { phoneNumber: { twilioPhoneNumber: '+1' } },
      ['phoneNumber.twilioAccountSid'],
    ],
    ['a squad without members', { squad: { name: 'team' } }, ['squad.members']],
    ['a message with an unknown role', { messages: [{ role: 'bot', content: 'hi' }] }, ['messages[0].role']],
    [
      'a message over 10 000 characters',
      { messages: [{ role: 'assistant', content: long(10_001) }] },
      ['messages[0].content'],
    ],
    [
      'a tool message without tool_call_id',
      { messages: [{ role: 'tool', content: '{}' }] },
      ['messages[0].tool_call_id'],
    ],
    [
      'a tool call function name over 80 characters',
      {
        messages: [
          {
            role: 'assistant',
            tool_calls: [{ id: '1', type: 'function', function: { name: long(81), arguments: '{}' } }],
          },
        ],
      },
      ['messages[0].tool_calls[0].function.name'],
    ],
    [
      'transcript-style fields on a chat message',
      { messages: [{ role: 'user', content: 'hi', time: 1 }] },
      ['messages[0].time'],
    ],
    ['server-owned fields', { id: 'x', orgId: 'o', createdAt: '2026-01-01T00:00:00Z' }, ['id', 'orgId', 'createdAt']],
  ])('refuses %s', async (_what, body, paths) => {
    await expectRefused((vapi) => vapi.sessions.create(body as never), paths);
  });

  it('lists every bad field at once', async () => {
    await expectRefused(
      (vapi) =>
        vapi.sessions.create({
          name: long(41),
          status: 'open',
          expirationSeconds: 1,
          customer: { email: long(50) },
        } as never),
      ['name', 'status', 'expirationSeconds', 'customer.email'],
    );
  });

  it('says what the limit is', async () => {
    const error = (await rejectionOf(
      makeClient(ctx.server.url).sessions.create({ name: long(41) }),
    )) as RequestValidationError;
    expect(error.message).toBe('Invalid Vapi session create body: name: Must be at most 40 characters');
  });
});

describe('sessions.update input', () => {
  it('accepts only name, status, expirationSeconds and messages, naming every other key', async () => {
    await expectRefused(
      (vapi) => vapi.sessions.update('id', { id: 'id', createdAt: 'x', assistantId: 'a', name: 'ok' } as never),
      ['id', 'createdAt', 'assistantId'],
    );
  });

  it.each([
    ['name', { name: long(41) }],
    ['status', { status: 'archived' }],
    ['expirationSeconds', { expirationSeconds: 30 }],
    ['messages[0].content', { messages: [{ role: 'user' }] }],
  ])('refuses a bad %s', async (path, patch) => {
    await expectRefused((vapi) => vapi.sessions.update('id', patch as never), [path]);
  });
});

describe('sessions.list and sessions.chats filters', () => {
  it.each([
    ['limit under 0', { limit: -1 }, ['limit']],
    ['limit over 1000', { limit: 1001 }, ['limit']],
    ['page under 1', { page: 0 }, ['page']],
    ['sortOrder not ASC|DESC', { sortOrder: 'desc' }, ['sortOrder']],
    ['sortBy not createdAt|duration|cost', { sortBy: 'name' }, ['sortBy']],
    ['a date bound that is not a date', { createdAtGt: 'yesterday' }, ['createdAtGt']],
    ['an invalid Date', { updatedAtLe: new Date('nope') }, ['updatedAtLe']],
    ['an unknown filter', { assistant: 'a' }, ['assistant']],
    ['a non-string id in a list', { idAny: ['a', 1] }, ['idAny[1]']],
  ])('list refuses %s', async (_what, params, paths) => {
    await expectRefused((vapi) => vapi.sessions.list(params as never), paths);
  });

  it('chats refuses a limit over 1000 and a filter of sessions only', async () => {
    await expectRefused(
      (vapi) => vapi.sessions.chats('s', { limit: 5000, assistantId: 'a' } as never),
      ['limit', 'assistantId'],
    );
  });

  it('an invalid list fails the await and the iteration alike, as a rejection', async () => {
    const vapi = makeClient(ctx.server.url);
    const pending = vapi.sessions.list({ limit: -1 });
    await expect(pending).rejects.toBeInstanceOf(RequestValidationError);
    await expect(
      (async () => {
        for await (const _ of vapi.sessions.list({ limit: -1 })) {
          // never reached
        }
      })(),
    ).rejects.toBeInstanceOf(RequestValidationError);
  });
});

describe('sessions.send input', () => {
  it.each([
    ['a number as input', 42, ['input']],
    ['a message with an unknown role', [{ role: 'bot', content: 'x' }], ['input[0].role']],
    ['a message over 10 000 characters', { input: [{ role: 'user', content: long(10_001) }] }, ['input[0].content']],
    ['a name over 40 characters', { input: 'x', name: long(41) }, ['name']],
    ['a missing input', { name: 'x' }, ['input']],
  ])('refuses %s', async (_what, input, paths) => {
    await expectRefused((vapi) => vapi.sessions.send('s', input as never), paths);
  });
});

describe('recentSummaries', () => {
  it('refuses a negative or fractional maxItems', async () => {
    const vapi = makeClient(ctx.server.url);
    for (const maxItems of [-1, 2.5]) {
      const iterator = vapi.sessions.recentSummaries({ maxItems });
      await expect(iterator.next()).rejects.toBeInstanceOf(RequestValidationError);
    }
    expect(ctx.server.calls).toHaveLength(0);
  });
});
