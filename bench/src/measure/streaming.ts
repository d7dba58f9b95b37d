// Streaming row of `pnpm bench`: one streamed Vapi turn of ~10 MB of SSE deltas from a loopback server, read by
// `vapi.sessions.stream()` (keepText: false, iterating only) and by raw `fetch` + a hand-written reader. Reports
// time to first event, events per second and RSS over the stream (sampled; measured, not asserted).
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VapiClient } from '@sessionkit/vapi';

export interface StreamingFigures {
  readonly name: string;
  readonly events: number;
  readonly bytes: number;
  readonly firstEventMs: number;
  readonly eventsPerSecond: number;
  readonly megabytesPerSecond: number;
  /** RSS before the stream, its peak during it and after it, in MiB. */
  readonly rssMiB: { readonly before: number; readonly peak: number; readonly after: number };
}

const DELTA = 'x'.repeat(64);

function eventLine(index: number): string {
  return `data: ${JSON.stringify({ id: 'resp-1', sessionId: 's1', path: 'chat.output[0].content', delta: `${index} ${DELTA}` })}\n\n`;
}

async function startSseServer(totalBytes: number): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    let written = 0;
    let index = 0;
    while (written < totalBytes && !response.destroyed) {
      let batch = '';
      for (let i = 0; i < 64; i += 1) batch += eventLine(index++);
      written += batch.length;
      if (!response.write(batch)) await once(response, 'drain');
    }
    response.end('data: [DONE]\n\n');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const mib = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 100) / 100;

async function measure(
  name: string,
  totalBytes: number,
  read: (url: string, onEvent: () => void) => Promise<void>,
): Promise<StreamingFigures> {
  const { server, url } = await startSseServer(totalBytes);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  let events = 0;
  let firstEventMs = 0;
  const started = performance.now();
  await read(url, () => {
    events += 1;
    if (events === 1) firstEventMs = performance.now() - started;
    if (events % 2_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const seconds = (performance.now() - started) / 1_000;
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage().rss;
  server.close();
  return {
    name,
    events,
    bytes: totalBytes,
    firstEventMs: Math.round(firstEventMs * 100) / 100,
    eventsPerSecond: Math.round(events / seconds),
    megabytesPerSecond: Math.round((totalBytes / (1024 * 1024) / seconds) * 10) / 10,
    rssMiB: { before: mib(before), peak: mib(peak), after: mib(after) },
  };
}

/** The streaming row: sessionkit's `sessions.stream()` next to raw `fetch` with a hand-written SSE reader. */
export async function streamingBench(totalBytes = 10 * 1024 * 1024): Promise<StreamingFigures[]> {
  const sessionkit = await measure('@sessionkit/vapi sessions.stream()', totalBytes, async (url, onEvent) => {
    const vapi = new VapiClient({ apiKey: 'bench-key', baseUrl: url });
    for await (const event of vapi.sessions.stream('s1', 'Hi', { keepText: false })) {
      if (event.type === 'delta') onEvent();
    }
  });
  const raw = await measure('raw fetch + hand-written SSE reader', totalBytes, async (url, onEvent) => {
    const response = await fetch(`${url}/chat`, {
      method: 'POST',
      headers: { authorization: 'Bearer bench-key', 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: 's1', input: 'Hi', stream: true }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.startsWith('data: ') ? block.slice(6) : '';
        if (data && data !== '[DONE]' && typeof JSON.parse(data).delta === 'string') onEvent();
        end = buffer.indexOf('\n\n');
      }
    }
  });
  return [sessionkit, raw];
}

/** The lines of the row, for the bench table. */
export function streamingLines(rows: readonly StreamingFigures[]): string[] {
  const megabytes = Math.round((rows[0]?.bytes ?? 0) / (1024 * 1024));
  const lines = [`\nstreaming (one Vapi turn, ${megabytes} MB of SSE deltas, loopback)`];
  for (const row of rows) {
    lines.push(
      `  ${row.name.padEnd(38)} first event ${row.firstEventMs} ms, ${row.eventsPerSecond} events/s (${row.megabytesPerSecond} MB/s, ${row.events} events), RSS ${row.rssMiB.before} → peak ${row.rssMiB.peak} → ${row.rssMiB.after} MiB`,
    );
  }
  return lines;
}
