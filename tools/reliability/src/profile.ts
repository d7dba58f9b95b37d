import type { ClientOptions, RequestOptions } from '@sessionkit/core';
import type { RecordedRequest, TestServer } from '@sessionkit/test-server';

/** A running emulator, as the reliability suites need it. */
export interface RunningEmulator {
  readonly url: string;
  readonly server: TestServer;
  close(): Promise<void>;
}

/** One call a suite can make, with the route it reaches (for fault injection and call counting). */
export interface ProfiledCall {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The emulator route pattern, e.g. `/session/:id`. */
  readonly pattern: string;
  /** Tells this call's requests from others on the same route (GraphQL: by operation name). Default: method and depth. */
  matches?(call: RecordedRequest): boolean;
  /** Makes the call; resolves with something the suite can check for correctness. */
  run(options?: RequestOptions): Promise<unknown>;
  /** True when the result is the expected one. */
  isCorrect(result: unknown): boolean;
}

/** What the reliability suites know about one vendor client. */
export interface ClientProfile {
  readonly vendor: string;
  /** Every secret this profile's client is configured with (searched for in errors and logs). */
  readonly secrets: readonly string[];
  /** True when the client fetches OAuth tokens (its subjects then have `oauth`). */
  readonly usesOAuth?: boolean;
  start(): Promise<ClientUnderTest>;
}

export interface ClientUnderTest {
  readonly emulator: RunningEmulator;
  /** An idempotent read of an existing session. */
  readonly read: ProfiledCall;
  /** A request that is not idempotent (it creates something). */
  readonly write: ProfiledCall;
  /** Walks every page of a listing; resolves with the number of items seen. */
  readonly walk: ProfiledCall;
  /** Reads the session with this id (any string), to check how ids reach the server. */
  readId(id: string): Promise<unknown>;
  /**
   * The route the read by id reaches and the name of its id parameter in the path — or, for GraphQL, `idOf`, which
   * reads the id from the request's variables.
   */
  readonly readIdRoute: {
    readonly method: string;
    readonly pattern: string;
    readonly param: string;
    readonly idOf?: (call: RecordedRequest) => unknown;
  };
  /** For clients that fetch OAuth tokens: the token route, its request count, and a way to expire every token. */
  readonly oauth?: {
    readonly pattern: string;
    tokenRequests(): number;
    expireTokens(): void;
  };
  /** Every public method of the client, callable with arbitrary arguments (property tests). */
  readonly methods: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /** Rebuilds the client with other core options (hooks, timeouts, retries). */
  withOptions(options: ClientOptions): ClientUnderTest;
  /** Rebuilds the client with another credential (e.g. one containing CR/LF). */
  withCredential(secret: string): ClientUnderTest;
  close(): Promise<void>;
}
