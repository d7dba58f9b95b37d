import { build } from 'esbuild';

/** The clients of the matrix, each with its scenario module under `src/scenarios/`. */
export const CLIENTS = ['vapi', 'genesys-journey', 'highlight'] as const;
export type ClientName = (typeof CLIENTS)[number];

/**
 * Bundles each client's scenario (the client, core, ky and zod included) into `<outdir>/<client>.mjs`: one ES module
 * per client, for `platform: 'neutral'` (no Node built-ins, no browser shims), so every runtime runs the same code.
 */
export async function bundleScenarios(outdir: string): Promise<Record<ClientName, string>> {
  const entryPoints = Object.fromEntries(
    CLIENTS.map((client) => [client, new URL(`./scenarios/${client}.ts`, import.meta.url).pathname]),
  );
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return Object.fromEntries(CLIENTS.map((client) => [client, `${outdir}/${client}.mjs`])) as Record<ClientName, string>;
}
