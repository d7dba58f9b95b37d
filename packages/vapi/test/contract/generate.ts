/**
 * Random documents generated from the contract definition's own schemas with json-schema-faker (seeded, so a
 * failure is reproducible). OpenAPI 3.0's `nullable` is turned into JSON Schema's `type: [t, 'null']` for the
 * generator; the generated documents are checked against the spec by openapi-backend before use.
 */
import { generateSync } from 'json-schema-faker';
import { contractDefinition, loadVapiSpec } from './vapi-spec.ts';

type Json = Record<string, unknown>;

function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'nullable' && key !== 'example') result[key] = toJsonSchema(value);
  }
  const { nullable, type } = node as { nullable?: unknown; type?: unknown };
  if (nullable === true && typeof type === 'string') result.type = [type, 'null'];
  return result;
}

/** A generator of random instances of the spec's component schemas. */
export function specSampler(): (schemaName: string, seed: number) => unknown {
  const definition = contractDefinition(loadVapiSpec()) as { components: { schemas: Json } };
  const components = { schemas: toJsonSchema(definition.components.schemas) };
  return (schemaName, seed) =>
    generateSync(
      { $ref: `#/components/schemas/${schemaName}`, components } as never,
      {
        seed,
        optionalsProbability: 0.7,
        maxItems: 3,
        // The spec allows 100 000 000 characters in OpenAIMessage.content; keep documents small.
        maxLength: 40,
      } as never,
    );
}
