/** The kind of a GraphQL operation. */
export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One operation a document defines: its kind and its name (`undefined` when anonymous). */
export interface OperationInfo {
  readonly kind: OperationKind;
  readonly name: string | undefined;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const KINDS: ReadonlySet<string> = new Set(['query', 'mutation', 'subscription']);

/** The index just past the string starting at `start` (a `"…"` string with escapes, or a `"""…"""` block string). */
function skipString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    let index = start + 3;
    while (index < text.length) {
      if (text.startsWith('\\"""', index)) index += 4;
      else if (text.startsWith('"""', index)) return index + 3;
      else index += 1;
    }
    return index;
  }
  let index = start + 1;
  while (index < text.length && text[index] !== '"' && text[index] !== '\n') {
    index += text[index] === '\\' ? 2 : 1;
  }
  return index + 1;
}

/**
 * The operations a GraphQL document defines, in order, fragments left out: read with a small lexer that skips
 * strings, comments, variable definitions and selection sets, so that `request()` can tell a query (retried by
 * default) from a mutation without a GraphQL parser in the bundle. A shorthand `{ … }` is a query.
 */
export function operationsOf(document: string): OperationInfo[] {
  const operations: OperationInfo[] = [];
  let depth = 0;
  let parens = 0;
  let kind: OperationKind | undefined;
  let name: string | undefined;
  let expectName = false;
  let inFragment = false;
  let index = 0;
  while (index < document.length) {
    const char = document[index] as string;
    if (char === '#') {
      const end = document.indexOf('\n', index);
      index = end === -1 ? document.length : end + 1;
      continue;
    }
    if (char === '"') {
      index = skipString(document, index);
      continue;
    }
    if (depth === 0 && parens === 0 && NAME_START.test(char)) {
      let end = index + 1;
      while (end < document.length && NAME_PART.test(document[end] as string)) end += 1;
      const word = document.slice(index, end);
      if (expectName) name = word;
      else if (kind === undefined && !inFragment && KINDS.has(word)) kind = word as OperationKind;
      else if (kind === undefined && word === 'fragment') inFragment = true;
      expectName = kind !== undefined && name === undefined && KINDS.has(word);
      index = end;
      continue;
    }
    if (!/\s|,/.test(char)) expectName = false;
    if (depth === 0 && char === '(') parens += 1;
    else if (depth === 0 && char === ')') parens = Math.max(0, parens - 1);
    else if (parens === 0 && char === '{') {
      if (depth === 0) {
        if (kind !== undefined) operations.push({ kind, name });
        else if (!inFragment) operations.push({ kind: 'query', name: undefined });
        kind = undefined;
        name = undefined;
        inFragment = false;
      }
      depth += 1;
    } else if (parens === 0 && char === '}') depth = Math.max(0, depth - 1);
    index += 1;
  }
  return operations;
}

/** The operation `operationName` names in `document` (or its only operation), when there is one. */
export function operationOf(document: string, operationName: string | undefined): OperationInfo | undefined {
  const operations = operationsOf(document);
  if (operationName !== undefined) return operations.find((operation) => operation.name === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}
