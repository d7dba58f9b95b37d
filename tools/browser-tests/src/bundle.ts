import { build } from 'esbuild';

/**
 * Bundles `source` (an ES module) for the browser, resolving packages from `resolveDir` (default: this folder);
 * returns the JS text.
 */
export async function bundleForBrowser(
  source: string,
  resolveDir: string = new URL('.', import.meta.url).pathname,
): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
