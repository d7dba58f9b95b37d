import type { IncomingHttpHeaders } from 'node:http';

/** A request the test server received, as the handler and the call log see it. */
export interface RecordedRequest {
  readonly method: string;
  /** The path exactly as sent on the wire (still percent-encoded), without the query. */
  readonly rawPath: string;
  /** The decoded path. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The body parsed as JSON or as a form, or `undefined` when empty or unparseable. */
  readonly body: unknown;
  /** Route parameters (decoded) when the request matched a pattern such as `/session/:id`. */
  readonly params: Readonly<Record<string, string>>;
}

/** An ordinary HTTP reply. */
export interface PlainReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly text?: string;
}

/** A reply that misbehaves on purpose. */
export type FaultReply =
  /** Destroy the socket before any response byte is written. */
  | { readonly fault: 'reset-before-headers' }
  /** Write the status line and headers, part of the body, then destroy the socket. */
  | { readonly fault: 'reset-after-headers'; readonly status?: number; readonly partialBody?: string }
  /** Send a complete response whose JSON body is cut in the middle. */
  | { readonly fault: 'truncated-json'; readonly json: unknown; readonly status?: number }
  /** Wait before answering (slow headers). */
  | { readonly fault: 'delay'; readonly ms: number; readonly then: Reply }
  /** Send headers at once, then the body in chunks, `chunkDelayMs` apart. */
  | { readonly fault: 'slow-body'; readonly json: unknown; readonly chunks: number; readonly chunkDelayMs: number }
  /** Never answer; the socket stays open until the client gives up or the server closes. */
  | { readonly fault: 'hang' };

/** What a `StreamReply`'s `write` function can do with the open response. */
export interface StreamWriter {
  /** Writes a chunk as it is (no framing). */
  write(chunk: string): void;
  /** Waits `ms` on the server's timers (cleared when it closes). */
  wait(ms: number): Promise<void>;
  /** Destroys the socket mid-body, as a connection cut. */
  cut(): void;
  /** The client closed the connection (or the body was cut) before the end. */
  readonly closed: boolean;
}

/** A reply whose body is written over time (Server-Sent Events): headers at once, then what `write` writes. */
export interface StreamReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Writes the body; the response ends when it resolves, unless it cut the socket or the client closed it. */
  readonly stream: (writer: StreamWriter) => Promise<void>;
}

export type Reply = PlainReply | FaultReply | StreamReply;

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * Runs around a request: returns its own reply (a fault), or calls `next()` for the routed reply and returns it,
 * changed or wrapped.
 */
export type Middleware = (request: RecordedRequest, next: () => Promise<Reply>) => Reply | Promise<Reply>;
