import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The build of every published package: ESM entries (default `src/index.ts`) with their `.d.ts`, platform-neutral so
 * they run in Node and browsers, and the package version injected as `__PACKAGE_VERSION__`. `unbundle` keeps one
 * output file per source module, so that an app's bundler, told `"sideEffects": false`, drops the modules the app does
 * not use; in a bundled chunk the unused code that runs at module level (a zod schema definition) would stay.
 */
export function libraryConfig(configUrl: string, entry: readonly string[] = ['src/index.ts']): UserConfig {
  const manifest = new URL('./package.json', configUrl);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return defineConfig({
    entry: [...entry],
    format: ['esm'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
    unbundle: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  });
}
