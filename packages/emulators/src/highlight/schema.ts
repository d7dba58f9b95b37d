import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { privateResolvers, publicResolvers } from './resolvers.ts';
import { SCALARS } from './scalars.ts';

/** The file names of the two vendored schemas (byte-identical copies of `../shared/specs/highlight`). */
export const SCHEMA_FILES = {
  public: 'public-graph.schema.graphqls',
  private: 'private-graph.schema.graphqls',
} as const;

/** The URL of a vendored schema file. */
export function schemaFileUrl(graph: keyof typeof SCHEMA_FILES): URL {
  return new URL(`./schema/${SCHEMA_FILES[graph]}`, import.meta.url);
}

type Resolvers = Record<string, Record<string, GraphQLFieldResolver<unknown, never>>>;

/**
 * Builds a schema from the real SDL with graphql-js's own `buildSchema` and attaches the resolvers and scalar
 * behaviour to its types. (`@graphql-tools/schema` would load graphql through `require`, a second copy of the
 * module under vitest, which graphql-js refuses: "Cannot use GraphQLSchema from another module or realm".)
 */
function executable(sdl: string, resolvers: Resolvers): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const [name, scalar] of Object.entries(SCALARS)) {
    const type = schema.getType(name);
    if (type instanceof GraphQLScalarType) {
      // graphql 17 reads `coerce*`; the legacy names are kept in step for any caller still using them.
      Object.assign(type, {
        serialize: scalar.serialize,
        parseValue: scalar.parseValue,
        parseLiteral: scalar.parseLiteral,
        coerceOutputValue: scalar.serialize,
        coerceInputValue: scalar.parseValue,
        coerceInputLiteral: (ast: Parameters<GraphQLScalarType['parseLiteral']>[0]) =>
          scalar.parseLiteral(ast, undefined),
      });
    }
  }
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`No object type ${typeName} in the schema`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`No field ${typeName}.${fieldName} in the schema`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

let built: Readonly<Record<keyof typeof SCHEMA_FILES, GraphQLSchema>> | undefined;

/** Both executable schemas, built once per process from the real schema files with the emulator's resolvers. */
export function executableSchemas(): Readonly<Record<keyof typeof SCHEMA_FILES, GraphQLSchema>> {
  built ??= {
    public: executable(readFileSync(schemaFileUrl('public'), 'utf8'), publicResolvers as unknown as Resolvers),
    private: executable(readFileSync(schemaFileUrl('private'), 'utf8'), privateResolvers as unknown as Resolvers),
  };
  return built;
}
