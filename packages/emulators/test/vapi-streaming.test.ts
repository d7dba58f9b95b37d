import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startVapiEmulator, type VapiEmulator } from '../src/vapi/index.ts';

const BEARER = { authorization: 'Bearer key', 'content-type': 'application/json' };

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition still false after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Vapi emulator: streamed turns (stream: true)', () => {
  let vapi: VapiEmulator;
  let sessionId: string;
  beforeAll(async () => {
    vapi = await startVapiEmulator({ streamChunkDelayMs: 1 });
  });
  afterAll(() => vapi?.close());
  beforeEach(() => {
    vapi.reset();
    sessionId = vapi.createSession({ assistantId: 'a1' }).id;
  });

  const post = (path: string, body: unknown, signal?: AbortSignal) =>
    fetch(`${vapi.url}${path}`, {
      method: 'POST',
      headers: BEARER,
      body: JSON.stringify(body),
      signal: signal ?? null,
    });

  it('POST /chat streams CreateChatStreamResponse deltas, then [DONE]; the chat is stored at the end', async () => {
    const response = await post('/chat', { sessionId, input: 'Where is my order?', stream: true });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text();
    const data = text
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => block.slice(6));
    expect(data.at(-1)).toBe('[DONE]');
    const deltas = data.slice(0, -1).map((line) => JSON.parse(line));
    expect(deltas.length).toBeGreaterThan(1);
    for (const delta of deltas) expect(delta).toMatchObject({ sessionId, path: 'chat.output[0].content' });
    expect(new Set(deltas.map((delta) => delta.id)).size).toBe(1);
    const record = vapi.streams[0];
    expect(record?.outcome).toBe('completed');
    const chat = await (await fetch(`${vapi.url}/chat/${record?.chatId}`, { headers: BEARER })).json();
    expect(chat.output[0].content).toBe(deltas.map((delta) => delta.delta).join(''));
    expect(deltas[0].id).not.toBe(chat.id);
  });

  it('is deterministic: the same input streams the same chunks', async () => {
    const one = await (await post('/chat', { sessionId, input: 'Hi', stream: true })).text();
    const two = await (await post('/chat', { sessionId, input: 'Hi', stream: true })).text();
    const deltas = (text: string) => [...text.matchAll(/"delta":"([^"]*)"/g)].map((match) => match[1]);
    expect(deltas(one)).toEqual(deltas(two));
  });

  it('POST /chat/responses streams response.output_text.delta, .done and response.completed', async () => {
    const text = await (await post('/chat/responses', { sessionId, input: 'Hi', stream: true })).text();
    const names = [...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(names[0]).toBe('response.output_text.delta');
    expect(names.slice(-2)).toEqual(['response.output_text.done', 'response.completed']);
    expect(vapi.streams[0]?.outcome).toBe('completed');
  });

  it('fault scripts: cut, stall, garbage', async () => {
    vapi.streamFault('cut');
    await expect(
      (await post('/chat', { sessionId, input: 'Where is my order?', stream: true })).text(),
    ).rejects.toThrow();
    expect(vapi.streams[0]?.outcome).toBe('cut');
    expect(vapi.store.listChats({ sessionId })).toHaveLength(0);

    vapi.streamFault('garbage');
    expect(await (await post('/chat', { sessionId, input: 'Hi', stream: true })).text()).toContain(
      '%%not-an-sse-field%%',
    );

    vapi.streamFault('stall');
    const controller = new AbortController();
    const stalled = await post('/chat', { sessionId, input: 'Where is my order?', stream: true }, controller.signal);
    const reader = stalled.body?.getReader();
    await reader?.read();
    await until(() => vapi.streams[2]?.outcome === 'stalled');
    controller.abort();
    await until(() => vapi.streams[2]?.clientClosed === true);
    expect(vapi.streams[2]?.outcome).toBe('stalled');
  });

  it('sees the client close the connection', async () => {
    vapi.setStreamChunkDelay(30);
    const controller = new AbortController();
    const response = await post(
      '/chat',
      { sessionId, input: 'Where is my order today?', stream: true },
      controller.signal,
    );
    await response.body?.getReader().read();
    controller.abort();
    await until(() => vapi.streams[0]?.outcome === 'client-closed');
    expect(vapi.streams[0]?.clientClosed).toBe(true);
    expect(vapi.store.listChats({ sessionId })).toHaveLength(0);
  });
});
