import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return Number(ast.value);
  throw new GraphQLError(`Unexpected literal of kind ${ast.kind}`);
}

function timestamp(value: unknown): string {
  if (typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new GraphQLError(`Timestamp must be an RFC 3339 date-time, got ${JSON.stringify(value)}`);
}

function int64(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw new GraphQLError(`Int64 must be an integer, got ${JSON.stringify(value)}`);
}

/**
 * Highlight's scalars as gqlgen marshals them: `Timestamp` is an RFC 3339 string (refused otherwise, as Go's
 * `time.Parse` does), `Int64` a JSON number (accepting digit strings on input), `Int64ID` a string or number.
 * `Any`, `Map`, `StringArray`, `UInt64` and `Upload` stay graphql-js's pass-through scalars.
 */
export const SCALARS = {
  Timestamp: new GraphQLScalarType({
    name: 'Timestamp',
    serialize: (value) => (value instanceof Date ? value.toISOString() : timestamp(value)),
    parseValue: timestamp,
    parseLiteral: (ast) => timestamp(literal(ast)),
  }),
  Int64: new GraphQLScalarType({
    name: 'Int64',
    serialize: int64,
    parseValue: int64,
    parseLiteral: (ast) => int64(literal(ast)),
  }),
  Int64ID: new GraphQLScalarType({
    name: 'Int64ID',
    serialize: (value) => String(value),
    parseValue: (value) => String(int64(value)),
    parseLiteral: (ast) => String(int64(literal(ast))),
  }),
};
