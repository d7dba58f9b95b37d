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
 * only runs on Node (Node's built-in modules are then left out), with each package's share of the minified output.
 */
export async function bundleSize(
  source: string,
  resolveDir: string,
  platform: 'browser' | 'node' = 'browser',
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const shares: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      shares[name] = (shares[name] ?? 0) + bytesInOutput;
    }
  }
  const byPackage = Object.fromEntries(Object.entries(shares).sort(([, a], [, b]) => b - a));
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}
