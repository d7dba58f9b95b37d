/** A JSON object as the emulator stores it. */
export type Json = Record<string, unknown>;

/** A session as the emulator stores and returns it (the spec's `Session`). */
export interface EmulatedSession extends Json {
  id: string;
  type: 'web' | 'app';
  customerId: string;
  customerIdType: string;
  eventCount: number;
  authenticated: boolean;
  createdDate: string;
  lastEvent: { id: string; eventName: string; createdDate: string };
  selfUri: string;
  externalContact?: { id: string; selfUri: string };
  endedDate?: string;
}

/** A journey event as the emulator stores and returns it (the spec's `Event`). */
export interface EmulatedEvent extends Json {
  id: string;
  correlationId: string;
  eventType: string;
  createdDate: string;
  session: { id: string; type: string; selfUri: string };
}

/** An external contact's journey state. */
export interface EmulatedContact {
  readonly id: string;
  /** Contacts merged into this one (their sessions show with `includeMerged`). */
  readonly merged: string[];
  /** Segment assignments (the spec's `SegmentAssignment`). */
  readonly segments: Json[];
}

/** Genesys' `ErrorBody`. */
export interface ErrorBody extends Json {
  message: string;
  code: string;
  status: number;
  contextId: string;
  messageParams: Record<string, string>;
  details: Json[];
  errors: Json[];
}
