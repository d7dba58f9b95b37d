/**
 * Genesys' own Swagger 2.0 spec of the Journey API (`../shared/specs/genesys/journey-subset.json`, the jq extract of
 * the vendored `genesys-journey-api-openapi.yml`), cut down to the operations the client uses and converted to
 * OpenAPI 3.0 with swagger2openapi at test time. Every change made to the vendor document is listed in `CORRECTIONS`
 * with its reason; nothing else about the spec is hand-written.
 */
import { readFileSync } from 'node:fs';
import { referencedSchemas } from '@sessionkit/openapi-contract';
import swagger2openapi from 'swagger2openapi';

type Json = Record<string, unknown>;

const SPEC_URL = new URL('../../../../../shared/specs/genesys/journey-subset.json', import.meta.url);
const SESSIONS_SUBSET_URL = new URL(
  '../../../../../shared/specs/genesys/journey-sessions-subset.json',
  import.meta.url,
);

/** The operations the client uses, by spec `operationId`. */
export const OPERATIONS = {
  getSession: 'getJourneySession',
  listSessionEvents: 'getJourneySessionEvents',
  getOutcomeScores: 'getJourneySessionOutcomescores',
  listContactSessions: 'getExternalcontactsContactJourneySessions',
  listContactSegments: 'getExternalcontactsContactJourneySegments',
  updateContactSegments: 'postExternalcontactsContactJourneySegments',
  postWebEvent: 'postJourneyDeploymentWebevents',
  postAppEvent: 'postJourneyDeploymentAppevents',
  postActionEvent: 'postJourneyDeploymentActionevent',
  ping: 'getJourneyDeploymentCustomerPing',
  sendExternalEvents: 'postJourneyExternaleventsConfigurationEvents',
} as const;

const OPERATION_IDS: ReadonlySet<string> = new Set(Object.values(OPERATIONS));

/** A change made to the vendor spec, and why. */
export interface Correction {
  readonly id: string;
  readonly why: string;
}

/** Every spec defect corrected. */
export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'event-type-list',
    why:
      'GET …/sessions/{sessionId}/events describes `eventType` as "A comma separated list of journey event types" but ' +
      'types it as a single string with an enum of the five types, so a list of two types is refused. Replaced the ' +
      'enum with a pattern that accepts a comma-separated list of the same five values.',
  },
  {
    id: 'relative-self-uris',
    why:
      'Every `selfUri` property is typed `format: uri` (an absolute URI), but Genesys answers host-relative URIs ' +
      "(`/api/v2/journey/sessions/{id}`), as it does for the listings' `selfUri`/`nextUri`, which the spec types as " +
      'plain strings. Changed `selfUri` to `format: uri-reference`.',
  },
];

/** Reads a vendor spec file, unmodified. */
export function loadSwagger(url: URL = SPEC_URL): Json {
  return JSON.parse(readFileSync(url, 'utf8')) as Json;
}

/** The sessions subset the brief starts from (8 paths), to check it agrees with the larger file. */
export function loadSessionsSubset(): Json {
  return loadSwagger(SESSIONS_SUBSET_URL);
}

export interface ContractDefinitionOptions {
  /** Corrections to leave out (to show a defect against the raw spec). */
  readonly without?: readonly string[];
}

/**
 * The Swagger 2 document restricted to the client's operations and the definitions they reach (the transitive
 * closure of their `$ref`s, as the vendored subsets were made).
 */
export function clientOperations(swagger: Json): Json {
  const paths: Record<string, Json> = {};
  for (const [route, methods] of Object.entries(swagger.paths as Record<string, Record<string, Json>>)) {
    const kept = Object.fromEntries(
      Object.entries(methods).filter(([, operation]) => OPERATION_IDS.has(operation.operationId as string)),
    );
    if (Object.keys(kept).length > 0) paths[route] = structuredClone(kept);
  }
  const definitions = referencedSchemas(paths, swagger.definitions as Record<string, Json>, '#/definitions/');
  return { ...structuredClone({ ...swagger, paths: {}, definitions: {} }), paths, definitions };
}

/** The contract definition: the client's operations, converted to OpenAPI 3.0 by swagger2openapi, with `CORRECTIONS`. */
export async function contractDefinition(options: ContractDefinitionOptions = {}): Promise<Json> {
  const skip = new Set(options.without ?? []);
  const { openapi } = await swagger2openapi.convertObj(clientOperations(loadSwagger()), {
    patch: true,
    warnOnly: true,
  });
  if (!skip.has('event-type-list')) {
    const events = (openapi.paths as Record<string, Record<string, Json>>)[
      '/api/v2/journey/sessions/{sessionId}/events'
    ];
    const parameters = (events?.get?.parameters ?? []) as Json[];
    const parameter = parameters.find((candidate) => candidate.name === 'eventType') as Json;
    const values = ((parameter.schema as Json).enum as string[]).map((value) => value.replaceAll('.', '\\.'));
    const one = `(${values.join('|')})`;
    parameter.schema = { type: 'string', pattern: `^${one}(,${one})*$` };
  }
  if (!skip.has('relative-self-uris')) relaxSelfUris(openapi);
  return openapi;
}

function relaxSelfUris(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) relaxSelfUris(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const properties = (node as Json).properties as Record<string, Json> | undefined;
  if (properties?.selfUri?.format === 'uri') properties.selfUri.format = 'uri-reference';
  for (const value of Object.values(node)) relaxSelfUris(value);
}
