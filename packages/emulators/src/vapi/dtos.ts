import type { Dto, FieldRule } from './dto.ts';

/** `CreateCustomerDTO` */
const CUSTOMER: Dto = {
  numberE164CheckEnabled: { type: 'boolean' },
  extension: { type: 'string', maxLength: 10 },
  assistantOverrides: { type: 'object' },
  squadOverrides: { type: 'object' },
  number: { type: 'string', minLength: 3, maxLength: 40 },
  sipUri: { type: 'string' },
  name: { type: 'string', maxLength: 40 },
  email: { type: 'string', maxLength: 40 },
  externalId: { type: 'string', maxLength: 40 },
};

/** `ImportTwilioPhoneNumberDTO` */
const TWILIO_PHONE_NUMBER: Dto = {
  fallbackDestination: { type: 'object' },
  hooks: { type: 'array', items: { type: 'object' } },
  smsEnabled: { type: 'boolean' },
  twilioPhoneNumber: { type: 'string', required: true },
  twilioAccountSid: { type: 'string', required: true },
  twilioAuthToken: { type: 'string' },
  twilioApiKey: { type: 'string' },
  twilioApiSecret: { type: 'string' },
  name: { type: 'string', maxLength: 40 },
  assistantId: { type: 'string' },
  workflowId: { type: 'string' },
  squadId: { type: 'string' },
  server: { type: 'object' },
};

/** A chat message as Vapi accepts it (OpenAI style); content is checked per role by `messageProblems`. */
const MESSAGE: FieldRule = { type: 'object' };

const SESSION_STATUS = ['active', 'completed'] as const;

/** `UpdateSessionDTO`: the only patchable fields. */
export const UPDATE_SESSION: Dto = {
  name: { type: 'string', maxLength: 40 },
  status: { type: 'string', enum: SESSION_STATUS },
  expirationSeconds: { type: 'number', min: 60, max: 2_592_000 },
  messages: { type: 'array', items: MESSAGE },
};

/** `CreateSessionDTO` */
export const CREATE_SESSION: Dto = {
  ...UPDATE_SESSION,
  assistantId: { type: 'string' },
  assistant: { type: 'object' },
  assistantOverrides: { type: 'object' },
  squadId: { type: 'string' },
  squad: {
    type: 'object',
    fields: {
      name: { type: 'string' },
      members: { type: 'array', required: true },
      membersOverrides: { type: 'object' },
    },
  },
  customer: { type: 'object', fields: CUSTOMER },
  customerId: { type: 'string' },
  phoneNumberId: { type: 'string' },
  phoneNumber: { type: 'object', fields: TWILIO_PHONE_NUMBER },
};

/** `CreateChatDTO` */
export const CREATE_CHAT: Dto = {
  assistantId: { type: 'string' },
  assistant: { type: 'object' },
  assistantOverrides: { type: 'object' },
  squadId: { type: 'string' },
  squad: { type: 'object' },
  name: { type: 'string', maxLength: 40 },
  sessionId: { type: 'string' },
  input: { type: 'any', required: true },
  stream: { type: 'boolean' },
  previousChatId: { type: 'string' },
  transport: { type: 'object' },
};

const PAGING: Dto = {
  page: { type: 'number', min: 1 },
  sortOrder: { type: 'string', enum: ['ASC', 'DESC'] },
  sortBy: { type: 'string', enum: ['createdAt', 'duration', 'cost'] },
  limit: { type: 'number', min: 0, max: 1000 },
  createdAtGt: { type: 'date-time' },
  createdAtLt: { type: 'date-time' },
  createdAtGe: { type: 'date-time' },
  createdAtLe: { type: 'date-time' },
  updatedAtGt: { type: 'date-time' },
  updatedAtLt: { type: 'date-time' },
  updatedAtGe: { type: 'date-time' },
  updatedAtLe: { type: 'date-time' },
  /** Not declared by the spec, but `PaginationMeta.nextCursor` says to pass it back as `cursor`. */
  cursor: { type: 'string' },
};

/** Query of `GET /session` (the flattened `CreateCustomerDTO` fields included, as the spec declares them). */
export const LIST_SESSIONS_QUERY: Dto = {
  ...PAGING,
  ...CUSTOMER,
  id: { type: 'string' },
  name: { type: 'string' },
  assistantId: { type: 'string' },
  assistantIdAny: { type: 'string' },
  squadId: { type: 'string' },
  workflowId: { type: 'string' },
  customerNumberAny: { type: 'string' },
  idAny: { type: 'string' },
  phoneNumberId: { type: 'string' },
  phoneNumberIdAny: { type: 'array', items: { type: 'string' } },
};

/** Query of `GET /chat`. */
export const LIST_CHATS_QUERY: Dto = {
  ...PAGING,
  id: { type: 'string' },
  assistantId: { type: 'string' },
  assistantIdAny: { type: 'string' },
  squadId: { type: 'string' },
  sessionId: { type: 'string' },
  previousChatId: { type: 'string' },
  idAny: { type: 'string' },
};

const CONTENT_ROLES = new Set(['system', 'user', 'tool', 'developer']);
const ROLES = ['system', 'user', 'assistant', 'tool', 'developer'];

/** Checks chat messages the way Vapi's chat endpoints do: a known role, and string content where it is required. */
export function messageProblems(messages: unknown, name: string): string[] {
  if (!Array.isArray(messages)) return [];
  return messages.flatMap((message, index) => {
    const at = `${name}.${index}`;
    if (typeof message !== 'object' || message === null) return [`${at} must be an object`];
    const { role, content, tool_call_id: toolCallId } = message as Record<string, unknown>;
    if (typeof role !== 'string' || !ROLES.includes(role)) {
      return [`${at}.role must be one of the following values: ${ROLES.join(', ')}`];
    }
    const problems: string[] = [];
    if (CONTENT_ROLES.has(role) && typeof content !== 'string') problems.push(`${at}.content must be a string`);
    if (typeof content === 'string' && content.length > 10_000) {
      problems.push(`${at}.content must be shorter than or equal to 10000 characters`);
    }
    if (role === 'tool' && typeof toolCallId !== 'string') problems.push(`${at}.tool_call_id must be a string`);
    return problems;
  });
}
