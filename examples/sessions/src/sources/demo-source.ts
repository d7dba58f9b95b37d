import type { SessionSummary, VendorName } from '@sessionkit/core';

/** One vendor as the demo sees it: live (credentials found) or an in-process emulator. */
export interface DemoSource {
  readonly vendor: VendorName;
  readonly mode: 'live' | 'emulator';
  /** Where the data comes from, for the first line. */
  readonly where: string;
  /** Recent sessions, newest first. */
  summaries(limit: number, signal: AbortSignal): AsyncIterable<SessionSummary>;
  /** Details of one session, as label/value pairs. */
  detail(summary: SessionSummary, signal: AbortSignal): Promise<ReadonlyArray<readonly [string, string]>>;
  close(): Promise<void>;
}
