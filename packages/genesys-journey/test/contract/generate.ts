/**
 * Random documents generated from the contract definition's own schemas with json-schema-faker (seeded, so a failure
 * is reproducible); they are checked against the spec by openapi-backend before use.
 */
import { generateSync } from 'json-schema-faker';

type Json = Record<string, unknown>;

/** A generator of random instances of the definition's component schemas. */
export function specSampler(definition: Json): (schemaName: string, seed: number) => unknown {
  const components = { schemas: (definition.components as { schemas: Json }).schemas };
  return (schemaName, seed) =>
    generateSync(
      { $ref: `#/components/schemas/${schemaName}`, components } as never,
      { seed, optionalsProbability: 0.7, maxItems: 3, maxLength: 40 } as never,
    );
}
