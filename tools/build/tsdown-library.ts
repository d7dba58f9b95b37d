import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The build of every published package: ESM entries (default `src/index.ts`) with their `.d.ts`, platform-neutral so
 * they run in Node and browsers, and the package version injected as `__PACKAGE_VERSION__`.
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
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  });
}
