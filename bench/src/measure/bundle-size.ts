import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Minified + gzipped size of `source` bundled with all its dependencies (esbuild), for the browser unless the code
 * only runs on Node (Node's built-in modules are then left out).
 */
export async function bundleSize(
  source: string,
  resolveDir: string,
  platform: 'browser' | 'node' = 'browser',
): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
