import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The build of every published package: one ESM entry (`src/index.ts`) with its `.d.ts`, platform-neutral so it
 * runs in Node and browsers, and the package version injected as `__PACKAGE_VERSION__`.
 */
export function libraryConfig(configUrl: string): UserConfig {
  const manifest = new URL('./package.json', configUrl);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  });
}
