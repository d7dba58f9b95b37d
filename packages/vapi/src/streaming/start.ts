import { PathId, validateInput } from '@sessionkit/core';
import type { SessionsContext } from '../internal/context.ts';
import { SendMessageParamsSchema } from '../params/send-message.ts';
import type { ChatInput, SendMessageParams } from '../types/params.ts';
import type { StreamOptions } from '../types/streaming.ts';
import { ChatStream, DEFAULT_IDLE_TIMEOUT_MS, ResponseStream } from './event-stream.ts';
import type { StreamInit } from './stream-core.ts';

function init(
  context: SessionsContext,
  lister: StreamInit['lister'],
  kind: 'chat' | 'response',
  sessionId: string,
  input: ChatInput | SendMessageParams,
  options: StreamOptions,
): StreamInit {
  const { idleTimeoutMs, signal: _signal, keepText, ...requestOptions } = options ?? {};
  const route = kind === 'chat' ? '/chat' : '/chat/responses';
  return {
    kind,
    method: 'POST',
    url: () => context.http.redactor.url(`${context.baseUrl.replace(/\/$/, '')}${route}`),
    idleTimeoutMs: idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    keepText,
    context,
    lister,
    sessionId,
    start: async (signal) => {
      const id = validateInput(PathId, sessionId, 'Vapi session id');
      const params = validateInput(
        SendMessageParamsSchema,
        typeof input === 'object' && input !== null && !Array.isArray(input) ? input : { input },
        'Vapi chat message',
      );
      return context.http.stream({
        ...requestOptions,
        method: 'POST',
        path: route,
        json: { sessionId: id, ...params, stream: true },
        headers: { accept: 'text/event-stream', ...requestOptions.headers },
        signal,
      });
    },
  };
}

/** @internal `sessions.stream`. */
export function startChatStream(
  context: SessionsContext,
  lister: StreamInit['lister'],
  sessionId: string,
  input: ChatInput | SendMessageParams,
  options: StreamOptions,
): ChatStream {
  return new ChatStream(init(context, lister, 'chat', sessionId, input, options), options?.signal);
}

/** @internal `sessions.streamResponse`. */
export function startResponseStream(
  context: SessionsContext,
  lister: StreamInit['lister'],
  sessionId: string,
  input: ChatInput | SendMessageParams,
  options: StreamOptions,
): ResponseStream {
  return new ResponseStream(init(context, lister, 'response', sessionId, input, options), options?.signal);
}
