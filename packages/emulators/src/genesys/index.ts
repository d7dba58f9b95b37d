export * from '../shared/index.ts';
export {
  GENESYS_CORS_HEADERS,
  type GenesysEmulator,
  type GenesysEmulatorOptions,
  startGenesysEmulator,
} from './emulator.ts';
export type { TokenRateLimitOptions } from './oauth.ts';
export { type ClientCredentials, TokenRegistry } from './oauth.ts';
export { GenesysProblem } from './problem.ts';
export type { RateLimitOptions } from './rate-limit.ts';
export { GenesysStore } from './store.ts';
export type { EmulatedContact, EmulatedEvent, EmulatedSession, ErrorBody, Json } from './types.ts';
