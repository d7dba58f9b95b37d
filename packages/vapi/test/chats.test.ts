import { describe, expect, it } from 'vitest';
import { BadRequestError, messageText, NotFoundError, RequestValidationError } from '../src/index.ts';
import { collect, makeClient, NOW, rejectionOf, useEmulator } from './helpers.ts';

const ctx = useEmulator({ seed: 3, now: NOW });

describe('sessions.send', () => {
  it('POSTs one turn to /chat with the sessionId and returns the chat with the assistant output', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const session = await vapi.sessions.create({ messages: [{ role: 'system', content: 'Be brief.' }] });
    const chat = await vapi.sessions.send(session.id, 'Where is my order?');
    expect(ctx.emulator.server.calls[1]?.body).toEqual({ sessionId: session.id, input: 'Where is my order?' });
    expect(chat.sessionId).toBe(session.id);
    expect(chat.output?.map(messageText)).toEqual(['You said: "Where is my order?". How else can I help?']);
    const after = await vapi.sessions.get(session.id);
    expect(after.messages?.map((message) => message.role)).toEqual(['system', 'user', 'assistant']);
    expect(after.cost).toBeGreaterThan(0);
  });

  it('sends chat messages as given, and the full form with name and assistantOverrides', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const session = await vapi.sessions.create();
    const messages = [
      { role: 'developer' as const, content: 'Use metric units.' },
      { role: 'user' as const, content: 'How far is it?' },
    ];
    await vapi.sessions.send(session.id, messages);
    await vapi.sessions.send(session.id, {
      input: 'Thanks',
      name: 'last',
      assistantOverrides: { variableValues: { a: 1 } },
    });
    expect(ctx.emulator.server.calls[1]?.body).toEqual({ sessionId: session.id, input: messages });
    expect(ctx.emulator.server.calls[2]?.body).toEqual({
      sessionId: session.id,
      input: 'Thanks',
      name: 'last',
      assistantOverrides: { variableValues: { a: 1 } },
    });
  });

  it('refuses what Vapi refuses with a sessionId (assistantId, previousChatId, transport) before sending', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const error = await rejectionOf(
      vapi.sessions.send('s', { input: 'hi', assistantId: 'a', previousChatId: 'c', transport: {} } as never),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual([
      'assistantId',
      'previousChatId',
      'transport',
    ]);
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('surfaces Vapi refusing a turn in a completed session as a BadRequestError', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const session = await vapi.sessions.create({ status: 'completed' });
    const error = await rejectionOf(vapi.sessions.send(session.id, 'Hello?'));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain('Session is completed');
  });

  it('is a NotFoundError for an unknown session', async () => {
    const error = await rejectionOf(makeClient(ctx.emulator.url).sessions.send('no-such-session', 'Hi'));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe('sessions.chats', () => {
  it("lists only that session's chats, across pages, oldest first when asked", async () => {
    const vapi = makeClient(ctx.emulator.url);
    const session = await vapi.sessions.create();
    const other = await vapi.sessions.create();
    for (const text of ['one', 'two', 'three']) await vapi.sessions.send(session.id, text);
    await vapi.sessions.send(other.id, 'elsewhere');
    ctx.emulator.server.calls.length = 0;
    const chats = await collect(vapi.sessions.chats(session.id, { limit: 2, sortOrder: 'ASC' }));
    expect(chats.map((chat) => chat.input)).toEqual(['one', 'two', 'three']);
    expect(ctx.emulator.server.calls.map((call) => Object.fromEntries(call.query))).toEqual([
      { limit: '2', sortOrder: 'ASC', sessionId: session.id },
      { limit: '2', sortOrder: 'ASC', sessionId: session.id, page: '2' },
    ]);
  });

  it('lists the chats of seeded sessions', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const seeded = ctx.emulator.seeded[0];
    const chats = await collect(vapi.sessions.chats(seeded?.id as string));
    const users = (seeded?.messages ?? []).filter((message) => message.role === 'user');
    expect(chats).toHaveLength(users.length);
  });

  it('refuses an empty session id before sending', async () => {
    const error = await rejectionOf(makeClient(ctx.emulator.url).sessions.chats(''));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });
});
