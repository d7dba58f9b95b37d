import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Minified + gzipped size of `source` bundled for the browser with all its dependencies (esbuild). */
export async function bundleSize(source: string, resolveDir: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
