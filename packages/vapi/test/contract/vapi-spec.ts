/**
 * Vapi's own OpenAPI spec, loaded from `../shared/specs/vapi/openapi.json` and cut down to what the contract tests
 * need: the `/session*` and `/chat` operations and the transitive closure of their `$ref`s. Every change made to
 * the vendor file is listed in `CORRECTIONS` with its reason; nothing else about the spec is hand-written.
 */
import { readFileSync } from 'node:fs';
import { referencedSchemas } from '@sessionkit/openapi-contract';

type Json = Record<string, unknown>;
type Schema = Json;

const SPEC_URL = new URL('../../../../../shared/specs/vapi/openapi.json', import.meta.url);

/** The operations the client uses. */
export const OPERATIONS = {
  createSession: 'SessionController_create',
  listSessions: 'SessionController_findAllPaginated',
  getSession: 'SessionController_findOne',
  updateSession: 'SessionController_update',
  deleteSession: 'SessionController_remove',
  listChats: 'ChatController_listChats',
  createChat: 'ChatController_createChat',
} as const;

const PATHS: Readonly<Record<string, readonly string[]>> = {
  '/session': ['get', 'post'],
  '/session/{id}': ['get', 'patch', 'delete'],
  '/chat': ['get', 'post'],
};

/**
 * Schemas replaced by `{ type: 'object' }`: Vapi's assistant, squad-member and SMS-transport configurations
 * (≈300 schemas). `@sessionkit/vapi` types them loosely and sends them as the caller gave them; inlining them
 * makes openapi-backend's validator compile for minutes.
 */
export const OPAQUE_SCHEMAS = ['CreateAssistantDTO', 'AssistantOverrides', 'SquadMemberDTO', 'TwilioSMSChatTransport'];

/** A change made to the vendor spec, and why. */
export interface Correction {
  readonly id: string;
  readonly why: string;
}

/** Every documented spec defect or gap corrected (see ../shared/reference/vapi.md §2.2, §2.3, §2.5). */
export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'chat-style-messages',
    why:
      'The message unions list transcript-style SystemMessage/UserMessage (message, time, secondsFromStart), but Vapi ' +
      'accepts and returns OpenAI-style {role, content} for system and user too (its own CreateChatDTO.input example). ' +
      "Added ChatSystemMessage and ChatUserMessage, shaped like the spec's DeveloperMessage, to every message oneOf.",
  },
  {
    id: 'cursor-parameter',
    why:
      'PaginationMeta.nextCursor says to pass it back as the `cursor` query parameter, but no operation declares it. ' +
      'Added `cursor` (string) to GET /session and GET /chat.',
  },
  {
    id: 'duplicate-name-parameter',
    why:
      'GET /session declares `name` twice (session name, and the flattened customer name): invalid OpenAPI. Kept the ' +
      'session-name filter.',
  },
  {
    id: 'object-query-parameters',
    why:
      'GET /session declares `assistantOverrides`/`squadOverrides` as query parameters with a parameter-level allOf ' +
      '(invalid OpenAPI, objects in a query string). Removed; the client never sends them.',
  },
  {
    id: 'forbid-unknown-body-fields',
    why:
      'Vapi validates bodies with whitelist + forbidNonWhitelisted (400 "property X should not exist"); the spec does ' +
      'not say additionalProperties: false. Added it to CreateSessionDTO, UpdateSessionDTO and CreateChatDTO.',
  },
  {
    id: 'streaming-event-stream',
    why:
      'With `stream: true`, POST /chat and POST /chat/responses answer Server-Sent Events (`text/event-stream`, one ' +
      '`data:` per CreateChatStreamResponse or Response*Event, then `data: [DONE]`), but the spec declares both ' +
      'streaming 200s as `application/json` (a oneOf of the whole object and one event). Added a `text/event-stream` ' +
      'content to the 200 of POST /chat (POST /chat/responses is outside this contract; the same defect is checked ' +
      'on the raw spec).',
  },
];

/** Reads the vendor spec file, unmodified. */
export function loadVapiSpec(): Json {
  return JSON.parse(readFileSync(SPEC_URL, 'utf8')) as Json;
}

export interface ContractDefinitionOptions {
  /** Corrections to leave out (to show a defect against the raw spec). */
  readonly without?: readonly string[];
}

/**
 * The contract definition: the session and chat operations of the vendor spec with their schemas, normalised to
 * valid OpenAPI 3.0 (`$ref` siblings dropped, 3.1-only `examples` dropped, duplicate enum values removed, empty
 * enums removed — none changes what is valid) and with `CORRECTIONS` applied.
 */
export function contractDefinition(spec: Json, options: ContractDefinitionOptions = {}): Json {
  const skip = new Set(options.without ?? []);
  const applies = (id: string): boolean => !skip.has(id);
  const sourcePaths = spec.paths as Record<string, Record<string, Json>>;
  const sourceSchemas = (spec.components as { schemas: Record<string, Schema> }).schemas;

  const paths: Record<string, Json> = {};
  for (const [route, methods] of Object.entries(PATHS)) {
    paths[route] = Object.fromEntries(methods.map((method) => [method, structuredClone(sourcePaths[route]?.[method])]));
  }
  // OPAQUE_SCHEMAS become plain objects: the client does not model them field by field.
  const schemas = referencedSchemas(paths, sourceSchemas, '#/components/schemas/', (name) =>
    OPAQUE_SCHEMAS.includes(name) ? { type: 'object' } : undefined,
  );
  const definition = normalise({
    openapi: spec.openapi,
    info: spec.info,
    servers: spec.servers,
    paths,
    components: { securitySchemes: (spec.components as Json).securitySchemes, schemas },
  }) as Json & { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Schema> } };

  const listSessions = definition.paths['/session']?.get as { parameters: Json[] };
  const listChats = definition.paths['/chat']?.get as { parameters: Json[] };
  if (applies('duplicate-name-parameter')) {
    listSessions.parameters = listSessions.parameters.filter(
      (parameter, index, all) => parameter.name !== 'name' || all.findIndex((p) => p.name === 'name') === index,
    );
  }
  if (applies('object-query-parameters')) {
    listSessions.parameters = listSessions.parameters.filter((parameter) => !('allOf' in parameter));
  }
  if (applies('cursor-parameter')) {
    for (const operation of [listSessions, listChats]) {
      operation.parameters.push({ name: 'cursor', in: 'query', required: false, schema: { type: 'string' } });
    }
  }
  const defined = definition.components.schemas;
  if (applies('forbid-unknown-body-fields')) {
    for (const name of ['CreateSessionDTO', 'UpdateSessionDTO', 'CreateChatDTO']) {
      (defined[name] as Json).additionalProperties = false;
    }
  }
  if (applies('chat-style-messages')) addChatStyleMessages(defined);
  if (applies('streaming-event-stream')) {
    const created = definition.paths['/chat']?.post as { responses: Record<string, { content: Json }> };
    const ok = created.responses['200'];
    if (ok) {
      ok.content['text/event-stream'] = {
        schema: { type: 'string', description: 'SSE: `data: <CreateChatStreamResponse JSON>` events, then `[DONE]`' },
      };
    }
  }
  return definition;
}

/** Structural fixes that make the document valid OpenAPI 3.0 without changing what it accepts. */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (typeof node !== 'object' || node === null) return node;
  const object = node as Json;
  // A Reference Object allows no siblings in 3.0 (they are ignored anyway); the spec puts `title` next to `$ref`.
  if (typeof object.$ref === 'string') return { $ref: object.$ref };
  const result: Json = {};
  for (const [key, value] of Object.entries(object)) {
    // An `examples` array in a Schema Object is 3.1 (3.0 only has Example maps); annotations only.
    if (key === 'examples' && Array.isArray(value)) continue;
    result[key] = normalise(value);
  }
  if (Array.isArray(result.enum)) {
    const values = [...new Set(result.enum)];
    if (values.length === 0) delete result.enum;
    else result.enum = values;
  }
  return result;
}

function addChatStyleMessages(schemas: Record<string, Schema>): void {
  const developer = schemas.DeveloperMessage as { properties: Record<string, Schema>; required: string[] };
  for (const [name, role] of [
    ['ChatSystemMessage', 'system'],
    ['ChatUserMessage', 'user'],
  ] as const) {
    schemas[name] = {
      type: 'object',
      properties: { ...structuredClone(developer.properties), role: { type: 'string', enum: [role] } },
      required: [...developer.required],
    };
  }
  const isMessageUnion = (options: unknown): boolean =>
    Array.isArray(options) &&
    options.some((option) => (option as Json).$ref === '#/components/schemas/DeveloperMessage');
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const object = node as Json;
    if (isMessageUnion(object.oneOf)) {
      (object.oneOf as Json[]).push(
        { $ref: '#/components/schemas/ChatSystemMessage' },
        { $ref: '#/components/schemas/ChatUserMessage' },
      );
    }
    for (const value of Object.values(object)) visit(value);
  };
  visit(schemas);
}
