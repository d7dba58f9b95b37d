import type { ServerResponse } from 'node:http';
import type { Reply, StreamReply, StreamWriter } from './types.ts';

/** Timers the server owns, so that closing it never leaves one behind. */
export class TimerSet {
  readonly #timers = new Set<NodeJS.Timeout>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }

  clear(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

function jsonHeaders(extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8', ...extra };
}

/** Writes a reply, plain or faulty, to the response. */
export async function writeReply(response: ServerResponse, reply: Reply, timers: TimerSet): Promise<void> {
  if ('stream' in reply) return writeStream(response, reply, timers);
  if (!('fault' in reply)) {
    const isJson = reply.json !== undefined;
    const body = isJson ? JSON.stringify(reply.json) : (reply.text ?? '');
    const headers = isJson ? jsonHeaders(reply.headers) : { ...reply.headers };
    response.writeHead(reply.status ?? 200, headers);
    response.end(body);
    return;
  }
  switch (reply.fault) {
    case 'reset-before-headers':
      response.socket?.destroy();
      return;
    case 'reset-after-headers':
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write(reply.partialBody ?? '{"id":');
      await timers.wait(5);
      response.socket?.destroy();
      return;
    case 'truncated-json': {
      const text = JSON.stringify(reply.json);
      response.writeHead(reply.status ?? 200, jsonHeaders(undefined));
      response.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return;
    }
    case 'delay':
      await timers.wait(reply.ms);
      if (!response.destroyed) await writeReply(response, reply.then, timers);
      return;
    case 'slow-body': {
      const text = JSON.stringify(reply.json);
      const size = Math.ceil(text.length / reply.chunks);
      response.writeHead(200, jsonHeaders(undefined));
      for (let offset = 0; offset < text.length && !response.destroyed; offset += size) {
        response.write(text.slice(offset, offset + size));
        await timers.wait(reply.chunkDelayMs);
      }
      response.end();
      return;
    }
    case 'hang':
      return;
  }
}

/** Writes a `StreamReply`: headers at once, then the body as its `stream` writes it. */
async function writeStream(response: ServerResponse, reply: StreamReply, timers: TimerSet): Promise<void> {
  response.writeHead(reply.status ?? 200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    ...reply.headers,
  });
  response.flushHeaders();
  let closed = false;
  response.on('close', () => {
    if (!response.writableFinished) closed = true;
  });
  const writer: StreamWriter = {
    write: (chunk) => {
      if (!closed) response.write(chunk);
    },
    wait: (ms) => timers.wait(ms),
    cut: () => {
      closed = true;
      response.socket?.destroy();
    },
    get closed() {
      return closed;
    },
  };
  await reply.stream(writer);
  if (!closed) response.end();
}
