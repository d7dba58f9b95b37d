import type { Transport } from '../internal/transport.ts';

/** What the resources need from their client (built by `GenesysJourneyClient`; internal). */
export interface ResourceContext {
  readonly transport: Transport;
  /** The API base, e.g. `https://api.mypurecloud.ie`, for summary links. */
  readonly apiUrl: string;
  /** The external contacts whose sessions `sessions.recentSummaries()` lists by default. */
  readonly contactIds: readonly string[];
}
