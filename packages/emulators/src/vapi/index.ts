export * from '../shared/index.ts';
export { startVapiEmulator, VAPI_CORS_HEADERS, type VapiEmulator, type VapiEmulatorOptions } from './emulator.ts';
export { HttpProblem, VapiStore } from './store.ts';
export type { StreamFault, StreamRecord } from './streaming.ts';
export type { EmulatedChat, EmulatedSession, Json, NestErrorBody } from './types.ts';
export type {
  VapiBackoffPlan,
  VapiWebhookAttempt,
  VapiWebhookDelivery,
  VapiWebhookOptions,
  VapiWebhookPlan,
} from './webhooks.ts';
