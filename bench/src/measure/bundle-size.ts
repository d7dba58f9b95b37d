import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Minified + gzipped size of `source` bundled with all its dependencies (esbuild), for the browser unless the code
 * only runs on Node (Node's built-in modules are then left out). Code behind a dynamic `import()` (the SSE parser of
 * the Vapi streams) is split off, as every bundler does, and not counted: the size is what loading `source` loads,
 * the entry and the chunks it imports statically, gzipped together.
 */
export async function bundleSize(
  source: string,
  resolveDir: string,
  platform: 'browser' | 'node' = 'browser',
): Promise<{ minified: number; gzipped: number }> {
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
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
