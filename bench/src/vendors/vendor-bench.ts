import type * as z from 'zod/mini';
/** One contender in the throughput benchmark. */
export interface Contender {
  readonly name: string;
  readonly call: () => Promise<unknown>;
}

/** What the benchmark needs from each vendor. */
export interface VendorBench {
  readonly vendor: string;
  /** A realistic session as the vendor's API returns it for "get one session" (JSON text). */
  sessionBody(): Promise<string>;
  /** The path "get one session" requests. */
  readonly sessionPath: string;
  /** Method, headers and body of that request when it is not a plain GET (GraphQL is a POST). */
  readonly sessionInit?: { readonly method: 'POST'; readonly headers: Record<string, string>; readonly body: string };
  /** `count` realistic sessions, for the parsing benchmark. */
  sessions(count: number): Promise<unknown[]>;
  /** The sessionkit schema a session response is validated with. */
  readonly sessionSchema: z.core.$ZodType;
  /** The contenders for "get one session" against a server at `baseUrl`. */
  contenders(baseUrl: string): Contender[];
  /** Minimal "get one session" apps for the bundle-size comparison: ES module sources. */
  readonly bundles: ReadonlyArray<{ readonly name: string; readonly source: string; readonly platform?: 'node' }>;
  /** The module whose cold import time is measured. */
  readonly importSpecifier: string;
}
