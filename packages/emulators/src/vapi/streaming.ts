import { randomUUID } from 'node:crypto';
import type { StreamReply, StreamWriter } from '../server/index.ts';
import type { EmulatedChat } from './types.ts';

/**
 * A fault script for the next streamed turns: `cut` destroys the connection after half the deltas, `stall` stops
 * writing after half the deltas and keeps the connection open (for an idle timeout), `garbage` writes lines that
 * are no SSE field (and keep-alive comments) between the events, which a correct reader skips.
 */
export type StreamFault = 'cut' | 'stall' | 'garbage';

/** How one streamed turn ended, as the emulator saw it. */
export interface StreamRecord {
  /** `POST /chat` or `POST /chat/responses`. */
  readonly path: string;
  /** `completed` (every event and the end written), `client-closed` (the client closed it first), `cut`, `stalled`. */
  outcome: 'open' | 'completed' | 'client-closed' | 'cut' | 'stalled';
  /** The stored chat's id, once stored (at the end of a completed stream). */
  chatId: string | undefined;
  /** The client closed the connection before the end (an abort, an idle timeout, a `break`), whatever the outcome. */
  clientClosed: boolean;
}

/** Streaming settings of one emulator, changed by its controls. */
export class StreamSettings {
  /** Delay between two chunks, in ms. */
  chunkDelayMs: number;
  readonly records: StreamRecord[] = [];
  readonly #faults: StreamFault[] = [];

  constructor(chunkDelayMs: number) {
    this.chunkDelayMs = chunkDelayMs;
  }

  /** The next `count` streamed turns follow `fault`. */
  fault(fault: StreamFault, count: number): void {
    for (let i = 0; i < count; i += 1) this.#faults.push(fault);
  }

  clear(): void {
    this.#faults.length = 0;
    this.records.length = 0;
  }

  next(): StreamFault | undefined {
    return this.#faults.shift();
  }
}

/** The reply text of a chat cut into deterministic chunks: one word (with the space before it) each. */
export function chunksOf(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [text];
}

function replyText(chat: EmulatedChat): string {
  return chat.output.map((message) => (typeof message.content === 'string' ? message.content : '')).join('');
}

const GARBAGE = '%%not-an-sse-field%%\n: keep-alive\n\n';

async function run(
  writer: StreamWriter,
  record: StreamRecord,
  fault: StreamFault | undefined,
  settings: StreamSettings,
  events: readonly string[],
  commit: () => EmulatedChat,
  trailer: (chat: EmulatedChat) => readonly string[],
): Promise<void> {
  const half = Math.max(1, Math.floor(events.length / 2));
  for (const [index, event] of events.entries()) {
    if (writer.closed) break;
    if (index === half && fault === 'cut') {
      record.outcome = 'cut';
      writer.cut();
      return;
    }
    if (index === half && fault === 'stall') {
      record.outcome = 'stalled';
      while (!writer.closed) await writer.wait(20);
      record.clientClosed = true;
      return;
    }
    if (fault === 'garbage') writer.write(GARBAGE);
    writer.write(event);
    await writer.wait(settings.chunkDelayMs);
  }
  if (writer.closed) {
    record.outcome = 'client-closed';
    record.clientClosed = true;
    return;
  }
  const chat = commit();
  record.chatId = chat.id;
  for (const event of trailer(chat)) writer.write(event);
  record.outcome = 'completed';
}

function sse(data: unknown, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * `POST /chat` with `stream: true`, as Vapi answers it: `text/event-stream`, one `data:` per chunk in the shape of
 * `CreateChatStreamResponse` (`id` of the streamed response, not the chat; `sessionId`; `path`
 * `chat.output[0].content`; `delta`), then `data: [DONE]`. The chat is stored when the last delta has been written.
 */
export function chatStream(
  draft: { chat: EmulatedChat; commit(): EmulatedChat },
  settings: StreamSettings,
): StreamReply {
  const record: StreamRecord = { path: '/chat', outcome: 'open', chatId: undefined, clientClosed: false };
  settings.records.push(record);
  const fault = settings.next();
  const id = randomUUID();
  const sessionId = typeof draft.chat.sessionId === 'string' ? draft.chat.sessionId : undefined;
  const events = chunksOf(replyText(draft.chat)).map((delta) =>
    sse({ id, ...(sessionId ? { sessionId } : {}), path: 'chat.output[0].content', delta }),
  );
  return {
    stream: (writer) => run(writer, record, fault, settings, events, draft.commit, () => ['data: [DONE]\n\n']),
  };
}

/**
 * `POST /chat/responses` with `stream: true`, in the OpenAI Responses format the spec declares:
 * `response.output_text.delta` events, then `response.output_text.done` and `response.completed` (with the
 * `ResponseObject`, whose id is the stored chat's), each with its `event:` name.
 */
export function responsesStream(
  draft: { chat: EmulatedChat; commit(): EmulatedChat },
  settings: StreamSettings,
  responseOf: (chat: EmulatedChat) => unknown,
): StreamReply {
  const record: StreamRecord = { path: '/chat/responses', outcome: 'open', chatId: undefined, clientClosed: false };
  settings.records.push(record);
  const fault = settings.next();
  const itemId = `msg_${draft.chat.id.replaceAll('-', '')}`;
  const text = replyText(draft.chat);
  const events = chunksOf(text).map((delta) =>
    sse(
      { type: 'response.output_text.delta', item_id: itemId, output_index: 0, content_index: 0, delta },
      'response.output_text.delta',
    ),
  );
  return {
    stream: (writer) =>
      run(writer, record, fault, settings, events, draft.commit, (chat) => [
        sse(
          { type: 'response.output_text.done', item_id: itemId, output_index: 0, content_index: 0, text },
          'response.output_text.done',
        ),
        sse({ type: 'response.completed', response: responseOf(chat) }, 'response.completed'),
      ]),
  };
}
