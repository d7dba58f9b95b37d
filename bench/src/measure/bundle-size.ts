import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A bundle's size, and the minified bytes each package contributes to it (esbuild's metafile). */
export interface BundleSize {
  /** Minified bytes. */
  readonly minified: number;
  /** Minified, then gzip -9, bytes. */
  readonly gzipped: number;
  /** Minified bytes of the output by package (`@sessionkit/core`, `ky`, `zod`…), largest first. */
  readonly byPackage: Readonly<Record<string, number>>;
}

/** The npm package a bundled input file belongs to (workspace packages by their folder). */
function packageOf(input: string): string {
  const inWorkspace = /(?:^|\/)packages\/([^/]+)\/dist\//.exec(input);
  if (inWorkspace) return `@sessionkit/${inWorkspace[1]}`;
  const inModules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return inModules?.[1] ?? '(app)';
}

/**
 * Minified + gzipped size of `source` bundled with all its dependencies (esbuild), for the browser unless the code
 * only runs on Node (Node's built-in modules are then left out). Code behind a dynamic `import()` (the SSE parser of
 * the Vapi streams) is split off, as every bundler does, and not counted: the size is what loading `source` loads,
 * the entry and the chunks it imports statically, gzipped together; with each package's share of the minified output that loads.
 */
export async function bundleSize(
  source: string,
  resolveDir: string,
  platform: 'browser' | 'node' = 'browser',
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    splitting: true,
    outdir: '/bundle-size',
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: resolveDir,
  });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  const loaded = new Set<string>();
  const visit = (path: string): void => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  if (entry) visit(entry);
  const parts = [...loaded].map((path) => byPath.get(resolve(resolveDir, path)) ?? new Uint8Array());
  const code = Buffer.concat(parts);
  const shares: Record<string, number> = {};
  for (const path of loaded) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {})) {
      const name = packageOf(input);
      shares[name] = (shares[name] ?? 0) + bytesInOutput;
    }
  }
  const byPackage = Object.fromEntries(Object.entries(shares).sort(([, a], [, b]) => b - a));
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}
