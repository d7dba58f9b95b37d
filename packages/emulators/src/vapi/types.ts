/** A JSON object as the emulator stores it. */
export type Json = Record<string, unknown>;

/** A session as the emulator stores and returns it (the spec's `Session`). */
export interface EmulatedSession extends Json {
  id: string;
  orgId: string;
  createdAt: string;
  updatedAt: string;
  cost: number;
  costs: Json[];
  status: 'active' | 'completed';
  expirationSeconds: number;
  messages: Json[];
  name?: string;
  assistantId?: string;
  squadId?: string;
  customerId?: string;
  phoneNumberId?: string;
  customer?: Json;
}

/** A chat as the emulator stores and returns it (the spec's `Chat`). */
export interface EmulatedChat extends Json {
  id: string;
  orgId: string;
  createdAt: string;
  updatedAt: string;
  input: string | Json[];
  messages: Json[];
  output: Json[];
  costs: Json[];
  cost: number;
  sessionId?: string;
  assistantId?: string;
  previousChatId?: string;
  name?: string;
}

/** Vapi's NestJS error body. */
export interface NestErrorBody {
  message: string | string[];
  error: string;
  statusCode: number;
}
