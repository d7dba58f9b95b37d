export * from '../shared/index.ts';
export {
  HIGHLIGHT_CORS_HEADERS,
  type HighlightEmulator,
  type HighlightEmulatorOptions,
  startHighlightEmulator,
} from './emulator.ts';
export type { EmulatedRecording, MetricInput, ReplayEvent } from './ingest.ts';
export { OAuthServer } from './oauth.ts';
export { SCHEMA_FILES, schemaFileUrl } from './schema.ts';
export { HighlightStore, type InitializeArgs, type SearchArgs } from './store.ts';
export type {
  Caller,
  EmulatedComment,
  EmulatedError,
  EmulatedField,
  EmulatedInterval,
  EmulatedOAuthClient,
  EmulatedSession,
  RequestContext,
} from './types.ts';
