import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

/** One operation of the SDK's `JourneyApi`, as its source calls the API. */
export interface SdkOperation {
  readonly name: string;
  readonly method: string;
  readonly path: string;
}

/**
 * The `JourneyApi` methods (read from the SDK's own code) that call the resources the emulator serves: journey
 * sessions and their events and outcome scores, an external contact's journey sessions and segments, the
 * deployment tracking endpoints and the external events of a configuration.
 */
export function journeyOperations(journeyApi: { prototype: object }): SdkOperation[] {
  const roots = [
    /^\/api\/v2\/journey\/sessions\/\{sessionId\}(\/|$)/,
    /^\/api\/v2\/externalcontacts\/contacts\/\{contactId\}\/journey\//,
    /^\/api\/v2\/journey\/deployments\/\{deploymentId\}\//,
    /^\/api\/v2\/journey\/externalevents\/configurations\/\{configurationId\}\/events$/,
  ];
  const operations: SdkOperation[] = [];
  for (const name of Object.getOwnPropertyNames(journeyApi.prototype)) {
    const method = (journeyApi.prototype as Record<string, unknown>)[name];
    if (name === 'constructor' || typeof method !== 'function') continue;
    const call = /callApi\(\s*'([^']+)',\s*'([A-Z]+)'/.exec(method.toString());
    if (call && roots.some((root) => root.test(call[1] as string))) {
      operations.push({ name, path: call[1] as string, method: call[2] as string });
    }
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

type Models = ReadonlyMap<string, ts.InterfaceDeclaration>;

/**
 * The SDK's declared models and method signatures (its single ambient `index.d.ts`), to compare responses with
 * field by field.
 */
export class SdkModels {
  readonly #models: Models;
  readonly #returns = new Map<string, ts.TypeNode>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('purecloud-platform-client-v2/index.d.ts');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const models = new Map<string, ts.InterfaceDeclaration>();
    for (const statement of source.statements) {
      if (ts.isModuleDeclaration(statement) && statement.name.text === 'Models' && statement.body) {
        for (const member of (statement.body as ts.ModuleBlock).statements) {
          if (ts.isInterfaceDeclaration(member)) models.set(member.name.text, member);
        }
      }
      if (ts.isClassDeclaration(statement) && statement.name?.text === 'JourneyApi') {
        for (const member of statement.members) {
          if (ts.isMethodDeclaration(member) && member.type && ts.isIdentifier(member.name)) {
            this.#returns.set(member.name.text, member.type);
          }
        }
      }
    }
    this.#models = models;
  }

  /** The model a `JourneyApi` method resolves with (`Promise<Models.Session>` → `Session`), or `void`. */
  returnOf(operation: string): string {
    const type = this.#returns.get(operation);
    const text = type ? printType(type) : '';
    return /^Promise<(?:Models\.)?(\w+)>$/.exec(text)?.[1] ?? text;
  }

  /**
   * Every difference between `value` and the model: a required field missing, a field the model does not declare,
   * or a value of another type; nested models, arrays and maps are followed. Empty when they match.
   */
  compare(value: unknown, model: string, path = model): string[] {
    const declaration = this.#models.get(model);
    if (!declaration) return [`${path}: the SDK declares no model ${model}`];
    if (!isObject(value)) return [`${path}: expected an object (${model}), got ${describe(value)}`];
    const problems: string[] = [];
    const declared = new Set<string>();
    for (const member of declaration.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = propertyName(member.name);
      declared.add(name);
      if (value[name] === undefined) {
        if (!member.questionToken) problems.push(`${path}.${name}: required by ${model}, missing`);
        continue;
      }
      problems.push(...this.#check(value[name], member.type, `${path}.${name}`));
    }
    for (const name of Object.keys(value)) {
      if (!declared.has(name)) problems.push(`${path}.${name}: not a field of ${model}`);
    }
    return problems;
  }

  #check(value: unknown, type: ts.TypeNode, path: string): string[] {
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword:
        return typeof value === 'string' ? [] : [`${path}: expected string, got ${describe(value)}`];
      case ts.SyntaxKind.NumberKeyword:
        return typeof value === 'number' ? [] : [`${path}: expected number, got ${describe(value)}`];
      case ts.SyntaxKind.BooleanKeyword:
        return typeof value === 'boolean' ? [] : [`${path}: expected boolean, got ${describe(value)}`];
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return [];
      case ts.SyntaxKind.ObjectKeyword:
        return typeof value === 'object' && value !== null ? [] : [`${path}: expected object, got ${describe(value)}`];
    }
    if (ts.isArrayTypeNode(type)) return this.#array(value, type.elementType, path);
    if (ts.isTypeReferenceNode(type)) {
      const name = type.typeName.getText(type.getSourceFile());
      if (name === 'Array' && type.typeArguments?.[0]) return this.#array(value, type.typeArguments[0], path);
      if (name === 'Date') return typeof value === 'string' ? [] : [`${path}: expected a date string`];
      return this.compare(value, name.replace(/^Models\./, ''), path);
    }
    if (ts.isTypeLiteralNode(type)) {
      const index = type.members.find(ts.isIndexSignatureDeclaration);
      if (!index?.type) return [];
      if (!isObject(value)) return [`${path}: expected a map, got ${describe(value)}`];
      return Object.entries(value).flatMap(([key, item]) => this.#check(item, index.type, `${path}.${key}`));
    }
    if (ts.isUnionTypeNode(type)) {
      const results = type.types.map((member) => this.#check(value, member, path));
      return results.some((problems) => problems.length === 0) ? [] : (results[0] ?? []);
    }
    if (ts.isLiteralTypeNode(type)) {
      const literal = type.literal;
      const expected = ts.isStringLiteral(literal) ? literal.text : literal.getText(type.getSourceFile());
      return String(value) === expected ? [] : [`${path}: expected ${expected}, got ${describe(value)}`];
    }
    return [`${path}: the checker does not read ${ts.SyntaxKind[type.kind]}`];
  }

  #array(value: unknown, element: ts.TypeNode, path: string): string[] {
    if (!Array.isArray(value)) return [`${path}: expected an array, got ${describe(value)}`];
    return value.flatMap((item, index) => this.#check(item, element, `${path}[${index}]`));
  }
}

function printType(type: ts.TypeNode): string {
  return type.getText(type.getSourceFile());
}

function propertyName(name: ts.PropertyName): string {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : name.getText();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
