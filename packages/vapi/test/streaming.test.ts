import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  messageText,
  NotFoundError,
  RequestAbortedError,
  RequestValidationError,
  StreamEventError,
  TimeoutError,
} from '../src/index.ts';
import { makeClient, rejectionOf, useEmulator, useTestServer } from './helpers.ts';

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition still false after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const DELTA = (delta: string, id = 'resp-1') =>
  `data: ${JSON.stringify({ id, sessionId: 's1', path: 'chat.output[0].content', delta })}`;

describe('sessions.stream against the emulator', () => {
  const ctx = useEmulator({ streamChunkDelayMs: 1 });
  const start = () => {
    const vapi = makeClient(ctx.emulator.url);
    const session = ctx.emulator.createSession({ assistantId: 'a1' });
    return { vapi, sessionId: session.id };
  };

  it('yields the deltas in order, with their path; text() equals the stored chat; finalChat() finds it', async () => {
    const { vapi, sessionId } = start();
    const stream = vapi.sessions.stream(sessionId, 'Where is my order?');
    const deltas: string[] = [];
    for await (const event of stream) {
      expect(event.type).toBe('delta');
      if (event.type === 'delta') {
        expect(event.path).toBe('chat.output[0].content');
        expect(event.sessionId).toBe(sessionId);
        deltas.push(event.delta);
      }
    }
    expect(deltas.length).toBeGreaterThan(1);
    expect(await stream.text()).toBe(deltas.join(''));
    const chat = await stream.finalChat();
    expect(chat.id).toBe(ctx.emulator.streams[0]?.chatId);
    expect(chat.output?.map((message) => messageText(message)).join('')).toBe(deltas.join(''));
  });

  it('text() reads the whole reply; garbage lines and comments between events are skipped', async () => {
    const { vapi, sessionId } = start();
    const plain = await vapi.sessions.stream(sessionId, 'Hi').text();
    ctx.emulator.streamFault('garbage');
    expect(await vapi.sessions.stream(sessionId, 'Hi').text()).toBe(plain);
  });

  it('an HTTP error before the stream is the usual ApiError; bad input a RequestValidationError', async () => {
    const vapi = makeClient(ctx.emulator.url);
    expect(await rejectionOf(vapi.sessions.stream('3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0ab', 'Hi').text())).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejectionOf(vapi.sessions.stream('', 'Hi').text())).toBeInstanceOf(RequestValidationError);
  });

  it('abort() and options.signal cancel the request and the reading; the emulator sees the connection close', async () => {
    const { vapi, sessionId } = start();
    ctx.emulator.setStreamChunkDelay(40);
    const stream = vapi.sessions.stream(sessionId, 'Where is my order today, please?');
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    stream.abort();
    expect(await rejectionOf(iterator.next())).toBeInstanceOf(RequestAbortedError);
    await until(() => ctx.emulator.streams[0]?.clientClosed === true);

    const controller = new AbortController();
    const second = vapi.sessions.stream(sessionId, 'Where is my order today, please?', { signal: controller.signal });
    const reading = second.text();
    await until(() => ctx.emulator.streams.length === 2);
    controller.abort();
    expect(await rejectionOf(reading)).toBeInstanceOf(RequestAbortedError);
    await until(() => ctx.emulator.streams[1]?.clientClosed === true);
  });

  it('stopping the iteration (break) closes the connection: nothing is read ahead', async () => {
    const { vapi, sessionId } = start();
    ctx.emulator.setStreamChunkDelay(40);
    for await (const event of vapi.sessions.stream(sessionId, 'Where is my order today, please?')) {
      expect(event.type).toBe('delta');
      break;
    }
    await until(() => ctx.emulator.streams[0]?.clientClosed === true);
    expect(ctx.emulator.streams[0]?.outcome).toBe('client-closed');
  });

  it('an idle stream fails with TimeoutError (idle) and the connection is closed', async () => {
    const { vapi, sessionId } = start();
    ctx.emulator.streamFault('stall');
    const error = await rejectionOf(
      vapi.sessions.stream(sessionId, 'Where is my order?', { idleTimeoutMs: 100 }).text(),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('idle');
    await until(() => ctx.emulator.streams[0]?.clientClosed === true);
  });

  it('a stream cut mid-way fails with ConnectionError and is not retried', async () => {
    const { vapi, sessionId } = start();
    ctx.emulator.streamFault('cut');
    const error = await rejectionOf(vapi.sessions.stream(sessionId, 'Where is my order?').text());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(ctx.emulator.server.calls.filter((call) => call.path === '/chat')).toHaveLength(1);
  });

  it('streamResponse: the spec’s Response*Events; text() equals the completed response', async () => {
    const { vapi, sessionId } = start();
    const types: string[] = [];
    let completedId: string | undefined;
    let doneText: string | undefined;
    const stream = vapi.sessions.streamResponse(sessionId, 'Where is my order?');
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.completed') completedId = event.response.id;
      if (event.type === 'response.output_text.done') doneText = event.text;
    }
    expect(types[0]).toBe('response.output_text.delta');
    expect(types.slice(-2)).toEqual(['response.output_text.done', 'response.completed']);
    expect(await stream.text()).toBe(doneText);
    expect(completedId).toBe(ctx.emulator.streams[0]?.chatId);
  });
});

describe('sessions.stream: SSE edge cases on the wire', () => {
  const ctx = useTestServer();

  it('events split across chunks, several in one chunk, CRLF, comments, unknown events, [DONE]', async () => {
    ctx.server.on('POST', '/chat', {
      stream: async (writer) => {
        const first = `${DELTA('Hel')}\n\n`;
        writer.write(first.slice(0, 17));
        await writer.wait(10);
        writer.write(first.slice(17));
        writer.write(`: keep-alive\r\n\r\n${DELTA('lo').replace('\n', '\r\n')}\r\n\r\n${DELTA(', ')}\n\n`);
        writer.write('event: tool-call\ndata: {"name":"lookup"}\n\n');
        writer.write(`${DELTA('world')}\r\r`);
        writer.write('data: [DONE]\n\n');
      },
    });
    const stream = makeClient(ctx.server.url).sessions.stream('s1', 'Hi');
    const events = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => (event.type === 'delta' ? event.delta : event.event))).toEqual([
      'Hel',
      'lo',
      ', ',
      'tool-call',
      'world',
    ]);
    expect(events[3]).toEqual({ type: 'unknown', event: 'tool-call', data: { name: 'lookup' } });
    expect(await stream.text()).toBe('Hello, world');
    const body = ctx.server.calls[0]?.body as Record<string, unknown>;
    expect(body).toEqual({ sessionId: 's1', input: 'Hi', stream: true });
  });

  it('ends at the end of the body without [DONE]; an event left unfinished there is not dispatched (SSE spec)', async () => {
    ctx.server.on('POST', '/chat', {
      text: `${DELTA('a')}\n\n${DELTA('b')}\n`,
      headers: { 'content-type': 'text/event-stream' },
    });
    expect(await makeClient(ctx.server.url).sessions.stream('s1', 'Hi').text()).toBe('a');
  });

  it('a data that is not JSON fails with StreamEventError naming the event', async () => {
    ctx.server.on('POST', '/chat', { text: `${DELTA('a')}\n\nevent: oops\nid: 7\ndata: {not json\n\n` });
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.stream('s1', 'Hi').text());
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as StreamEventError).event).toBe('oops');
    expect((error as StreamEventError).eventId).toBe('7');
    expect((error as Error).message).toContain('"oops"');
  });

  it('the per-attempt timeout and totalTimeoutMs do not cut a long, healthy stream', async () => {
    ctx.server.on('POST', '/chat', {
      stream: async (writer) => {
        for (const part of ['a', 'b', 'c', 'd', 'e']) {
          writer.write(`${DELTA(part)}\n\n`);
          await writer.wait(40);
        }
      },
    });
    const vapi = makeClient(ctx.server.url, { timeoutMs: 60, totalTimeoutMs: 80 });
    expect(await vapi.sessions.stream('s1', 'Hi').text()).toBe('abcde');
  });

  it('retries before the first byte by the usual rules (a 429), never after it', async () => {
    ctx.server.inject('POST', '/chat', {
      status: 429,
      headers: { 'retry-after': '0' },
      json: { message: 'slow down' },
    });
    ctx.server.on('POST', '/chat', { text: `${DELTA('ok')}\n\n` });
    expect(await makeClient(ctx.server.url).sessions.stream('s1', 'Hi').text()).toBe('ok');
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('finalChat() fetches the chat an event names', async () => {
    ctx.server.on('POST', '/chat', { text: `${DELTA('ok')}\n\ndata: {"chatId":"c-9"}\n\n` });
    ctx.server.on('GET', '/chat/c-9', {
      json: { id: 'c-9', orgId: 'o', createdAt: '2026-08-20T10:00:00.000Z', updatedAt: '2026-08-20T10:00:00.000Z' },
    });
    expect((await makeClient(ctx.server.url).sessions.stream('s1', 'Hi').finalChat()).id).toBe('c-9');
  });

  it('streamResponse: unknown event types and error events', async () => {
    ctx.server.on('POST', '/chat/responses', {
      text: [
        'data: {"type":"response.created","response":{"id":"r"}}',
        'data: {"type":"error","code":"ERR","message":"boom","sequence_number":1}',
        '',
      ].join('\n\n'),
    });
    const events = [];
    for await (const event of makeClient(ctx.server.url).sessions.streamResponse('s1', 'Hi')) events.push(event);
    expect(events).toEqual([
      { type: 'unknown', event: undefined, data: { type: 'response.created', response: { id: 'r' } } },
      { type: 'error', code: 'ERR', message: 'boom', sequence_number: 1 },
    ]);
  });
});
