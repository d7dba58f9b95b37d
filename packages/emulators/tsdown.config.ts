import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * One ESM entry per vendor, the shared test server and the CLI, for Node (the emulators are HTTP servers). Every
 * output file sits at the root of `dist/`, so the Highlight code finds the vendored schemas (and their licence
 * notice) at `./schema/` there as it does beside its source.
 */
export default defineConfig({
  entry: {
    vapi: 'src/vapi/index.ts',
    genesys: 'src/genesys/index.ts',
    highlight: 'src/highlight/index.ts',
    server: 'src/server/index.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm'],
  fixedExtension: false,
  dts: true,
  platform: 'node',
  target: 'es2022',
  clean: true,
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  copy: [
    {
      from: [
        'src/highlight/schema/*.graphqls',
        'src/highlight/schema/PROVENANCE.md',
        'src/highlight/schema/LICENSE-Apache-2.0.txt',
      ],
      to: 'dist/schema',
    },
  ],
});
