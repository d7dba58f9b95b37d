type Json = Record<string, unknown>;

/**
 * The schemas reachable from `root` through `$ref`s of the form `${prefix}Name`, transitively, each deep-copied from
 * `source` (or replaced by what `substitute` returns for it), keyed by name. How a contract keeps just the part of a
 * large spec that its client's operations use.
 */
export function referencedSchemas(
  root: unknown,
  source: Readonly<Record<string, unknown>>,
  prefix: string,
  substitute: (name: string) => Json | undefined = () => undefined,
): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as Json).$ref;
    if (typeof ref === 'string' && ref.startsWith(prefix)) {
      const name = ref.slice(prefix.length);
      if (!(name in schemas)) {
        const schema = substitute(name) ?? (source[name] === undefined ? undefined : structuredClone(source[name]));
        if (!schema) throw new Error(`The spec has no schema ${name}`);
        schemas[name] = schema as Json;
        visit(schema);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(root);
  return schemas;
}
