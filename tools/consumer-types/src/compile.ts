import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The options a demanding user compiles with: strict, exact optional properties, Node's ESM resolution. */
export const CONSUMER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  skipLibCheck: false,
};

/** One source file of a consumer program, by its name inside this package. */
export interface ConsumerFile {
  readonly name: string;
  readonly text: string;
}

/** A compiled consumer program: its diagnostics per file, the files it loaded, and a language service for hovers. */
export interface CompiledProgram {
  readonly diagnostics: (name: string) => string[];
  readonly loadedFiles: readonly string[];
  readonly hover: (name: string, marker: string) => string | undefined;
}

const packageRoot = join(dirname(new URL(import.meta.url).pathname), '..');

/**
 * Compiles files as if they sat in this package (so `@sessionkit/*` resolve to the built packages through
 * node_modules), all in one program, with `CONSUMER_OPTIONS` unless told otherwise.
 */
export function compile(
  files: readonly ConsumerFile[],
  options: ts.CompilerOptions = CONSUMER_OPTIONS,
): CompiledProgram {
  const byPath = new Map(files.map((file) => [join(packageRoot, 'virtual', file.name), file.text]));
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...byPath.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (path) => {
      const text = byPath.get(path) ?? ts.sys.readFile(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => packageRoot,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (path) => byPath.has(path) || ts.sys.fileExists(path),
    readFile: (path) => byPath.get(path) ?? ts.sys.readFile(path),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const program = service.getProgram();
  if (!program) throw new Error('TypeScript made no program');
  const format = (diagnostic: ts.Diagnostic): string => {
    const where = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    return `${where ? `${where.line + 1}:${where.character + 1} ` : ''}TS${diagnostic.code}: ${text}`;
  };
  return {
    diagnostics: (name) => {
      const file = program.getSourceFile(join(packageRoot, 'virtual', name));
      if (!file) throw new Error(`${name} is not in the program`);
      return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(format);
    },
    loadedFiles: program.getSourceFiles().map((file) => file.fileName),
    hover: (name, marker) => {
      const path = join(packageRoot, 'virtual', name);
      const text = byPath.get(path) ?? '';
      const at = text.indexOf(marker);
      if (at < 0) throw new Error(`marker ${JSON.stringify(marker)} not in ${name}`);
      const info = service.getQuickInfoAtPosition(path, at);
      return info ? ts.displayPartsToString(info.displayParts) : undefined;
    },
  };
}
