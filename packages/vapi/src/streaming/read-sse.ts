import type { StreamedBody } from '@sessionkit/core';
import { ConnectionError, RequestAbortedError, TimeoutError } from '@sessionkit/core/surface';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ChatStreamEvent, ResponseStreamEvent, UnknownStreamEvent } from '../types/streaming.ts';
import { StreamEventError } from './stream-event-error.ts';

/** One Server-Sent Event: its `event` name, `id` and `data` (lines joined). */
export interface SseMessage {
  readonly event: string | undefined;
  readonly id: string | undefined;
  readonly data: string;
}

/** How `readSse` reads one body. */
export interface SseReadOptions {
  /** `POST https://…/chat`, redacted, for error messages. */
  readonly method: string;
  readonly url: string;
  readonly idleTimeoutMs: number;
  /** Fires when the caller aborts (their `signal` or `stream.abort()`). */
  readonly signal: AbortSignal;
}

/**
 * Reads a `text/event-stream` body with `eventsource-parser` (events split across chunks, several in one chunk,
 * `\r\n` and `\r` line ends, comments and keep-alives, `retry:` fields), pulling one chunk at a time only when the
 * caller asks for the next event: what it holds is the chunk in hand and the event being assembled, whatever the
 * stream's length. Ends at `data: [DONE]` or at the end of the body (an unfinished last event is dropped, as the
 * SSE spec says). Leaving early (a `break`, an error, an abort,
 * the idle timeout) cancels the body, which closes the connection. Loaded only for streaming (a dynamic import).
 */
export async function* readSse(
  body: StreamedBody,
  options: SseReadOptions,
): AsyncGenerator<SseMessage, void, undefined> {
  const queue: SseMessage[] = [];
  const parser = createParser({
    onEvent: (message: EventSourceMessage) => queue.push({ event: message.event, id: message.id, data: message.data }),
  });
  const reader = body.body?.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  try {
    if (!reader) return;
    while (true) {
      const chunk = await readWithin(reader, options);
      if (chunk.done) {
        // An event the body leaves unfinished (no blank line after it) is not dispatched, as the SSE spec says.
        parser.feed(decoder.decode());
      } else {
        parser.feed(decoder.decode(chunk.value, { stream: true }));
      }
      while (queue.length > 0) {
        const message = queue.shift() as SseMessage;
        if (message.data === '[DONE]') {
          finished = chunk.done;
          return;
        }
        yield message;
      }
      if (chunk.done) {
        finished = true;
        return;
      }
    }
  } finally {
    // Ends the connection when the stream is left early; after a complete read it only lets go of the caller's
    // signal (the transport's listener on it).
    body.cancel(options.signal.aborted ? options.signal.reason : undefined);
    if (!finished) await reader?.cancel().catch(() => undefined);
  }
}

/** The next chunk, or the failure of the wait: the idle timeout, the caller's abort, the connection cut. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  options: SseReadOptions,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  const { method, url, idleTimeoutMs, signal } = options;
  if (signal.aborted) throw new RequestAbortedError(`${method} ${url} was aborted by the caller`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const idle = new Promise<never>((_, reject) => {
    if (Number.isFinite(idleTimeoutMs)) {
      timer = setTimeout(() => {
        reject(
          new TimeoutError(`${method} ${url}: the stream sent nothing for ${idleTimeoutMs} ms (idle timeout)`, {
            method,
            url,
            reachedServer: true,
            timeoutMs: idleTimeoutMs,
            kind: 'idle',
          }),
        );
      }, idleTimeoutMs);
    }
    onAbort = () => reject(new RequestAbortedError(`${method} ${url} was aborted by the caller`));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([reader.read(), idle]);
  } catch (error) {
    if (error instanceof TimeoutError || error instanceof RequestAbortedError) throw error;
    if (signal.aborted) throw new RequestAbortedError(`${method} ${url} was aborted by the caller`);
    const message = error instanceof Error ? error.message : String(error);
    throw new ConnectionError(`${method} ${url}: the stream was cut: ${message}`, { method, url, reachedServer: true });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function parseData(message: SseMessage, what: string): unknown {
  try {
    return JSON.parse(message.data);
  } catch (error) {
    throw new StreamEventError(what, message.event, message.id, message.data, error);
  }
}

type Fields = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const unknownEvent = (message: SseMessage, data: unknown): UnknownStreamEvent => ({
  type: 'unknown',
  event: message.event,
  data,
});

/** @internal A `data:` of `POST /chat` as a `ChatStreamEvent`. */
export function decodeChatEvent(message: SseMessage): ChatStreamEvent {
  const data = parseData(message, 'Vapi chat stream');
  if (
    isObject(data) &&
    typeof data.id === 'string' &&
    typeof data.path === 'string' &&
    typeof data.delta === 'string'
  ) {
    const sessionId = typeof data.sessionId === 'string' ? data.sessionId : undefined;
    return { type: 'delta', id: data.id, sessionId, path: data.path, delta: data.delta };
  }
  return unknownEvent(message, data);
}

const RESPONSE_FIELDS: Readonly<Record<string, Readonly<Record<string, 'string' | 'number' | 'object'>>>> = {
  'response.output_text.delta': { content_index: 'number', delta: 'string', item_id: 'string', output_index: 'number' },
  'response.output_text.done': { content_index: 'number', item_id: 'string', output_index: 'number', text: 'string' },
  'response.completed': { response: 'object' },
  error: { code: 'string', message: 'string', sequence_number: 'number' },
};

/** @internal A `data:` of `POST /chat/responses` as a `ResponseStreamEvent`, after the spec's `Response*Event`. */
export function decodeResponseEvent(message: SseMessage): ResponseStreamEvent {
  const data = parseData(message, 'Vapi responses stream');
  if (!isObject(data) || typeof data.type !== 'string') return unknownEvent(message, data);
  const fields = RESPONSE_FIELDS[data.type];
  if (!fields || !Object.entries(fields).every(([key, kind]) => typeof data[key] === kind && data[key] !== null)) {
    return unknownEvent(message, data);
  }
  if (data.type === 'response.completed' && typeof (data.response as Fields).id !== 'string') {
    return unknownEvent(message, data);
  }
  return data as unknown as ResponseStreamEvent;
}
