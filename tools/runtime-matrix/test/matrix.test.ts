import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScenarios, CLIENTS, type ClientName } from '../src/bundle.ts';
import { startEmulatorFor } from '../src/clients.ts';
import { type RunOutcome, runCommand, runtimeEnv } from '../src/run-process.ts';
import { missingMessage, type Probe, probe, RUNTIMES, type RuntimeSpec } from '../src/runtimes.ts';
import { type Cell, formatMatrix } from '../src/table.ts';
import { runInWorkerd } from '../src/workerd.ts';

/** Time budget of one run (start-up, three requests, exit); the runtime is killed past it. */
const RUN_BUDGET_MS = 20_000;
/** In CI a missing runtime fails its tests; elsewhere they are skipped with the same message. */
const IN_CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI ?? '');

const probes = new Map<string, Promise<Probe>>();
const probeOf = (spec: RuntimeSpec): Promise<Probe> => {
  let pending = probes.get(spec.id);
  if (!pending) {
    pending = probe(spec);
    probes.set(spec.id, pending);
  }
  return pending;
};

const started = performance.now();
const versions = new Map<string, string>();
const cells = new Map<string, Cell>();
let dir = '';
let bundles: Record<ClientName, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sessionkit-runtime-matrix-'));
  bundles = await bundleScenarios(join(dir, 'bundles'));
  for (const spec of RUNTIMES) void probeOf(spec);
});

afterAll(async () => {
  const table = formatMatrix(RUNTIMES, CLIENTS, versions, cells, performance.now() - started);
  console.log(`\n${table}\n`);
  const report = new URL('../.vitest/', import.meta.url);
  await mkdir(report, { recursive: true });
  await writeFile(new URL('runtime-matrix.txt', report), `${table}\n`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the bundled scenario of `client` in `spec` with `config`; CLI runtimes get a generated entry module. */
async function runScenario(
  spec: RuntimeSpec,
  binary: string,
  client: ClientName,
  config: unknown,
): Promise<RunOutcome> {
  const bundle = bundles[client];
  if (spec.kind === 'worker') {
    return runInWorkerd(binary, bundle, config, { dir: join(dir, `workerd-${client}`), timeoutMs: RUN_BUDGET_MS });
  }
  const entry = join(dir, 'bundles', `entry-${spec.id}-${client}.mjs`);
  await writeFile(
    entry,
    `import { run, runAndPrint } from './${basename(bundle)}';\nawait runAndPrint(run, ${JSON.stringify(config)});\n`,
  );
  const args: Record<string, readonly string[]> = {
    // Only loopback, no prompt, no config/lock/remote/npm look-ups: the bundle is all it runs.
    deno: [
      'run',
      '--quiet',
      '--no-prompt',
      '--no-config',
      '--no-lock',
      '--no-remote',
      '--no-npm',
      '--allow-net=127.0.0.1',
      entry,
    ],
    // No auto-install: a bare import would otherwise make Bun fetch the package at run time.
    bun: ['--no-install', entry],
  };
  return runCommand(binary, args[spec.id] ?? [entry], {
    cwd: join(dir, 'bundles'),
    env: runtimeEnv({ DENO_DIR: join(dir, 'deno-dir') }),
    timeoutMs: RUN_BUDGET_MS,
  });
}

function explain(outcome: RunOutcome): string {
  const tail = (text: string): string => text.trim().split('\n').slice(-15).join('\n');
  return [
    outcome.timedOut ? `timed out after ${RUN_BUDGET_MS} ms` : outcome.exit,
    outcome.result ? `result: ${JSON.stringify(outcome.result)}` : 'no result printed',
    outcome.stdout.trim() ? `stdout:\n${tail(outcome.stdout)}` : '',
    outcome.stderr.trim() ? `stderr:\n${tail(outcome.stderr)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

for (const spec of RUNTIMES) {
  describe.concurrent(spec.label, () => {
    for (const client of CLIENTS) {
      it(`${client}: list → get → typed 404${client === 'vapi' ? ' → verifyWebhook → streamed turn' : ''}`, async (ctx) => {
        const key = `${spec.id}/${client}`;
        const found = await probeOf(spec);
        if (!found.ok) {
          const message = missingMessage(spec, found.reason);
          cells.set(key, { status: IN_CI ? 'fail' : 'skip', note: 'missing' });
          if (IN_CI) throw new Error(`${message} CI must run every runtime of the matrix.`);
          console.warn(`skipped: ${message}`);
          return ctx.skip(message);
        }
        versions.set(spec.id, found.version);

        const emulator = await startEmulatorFor(client);
        let outcome: RunOutcome | undefined;
        try {
          outcome = await runScenario(spec, found.path, client, emulator.config);
          const { result } = outcome;
          cells.set(key, {
            status: result?.ok ? 'pass' : 'fail',
            ms: outcome.ms,
            ...(result ? { steps: result.steps.map((step) => `${step.name} ${step.ms}`).join(' / ') } : {}),
          });
          expect(result, explain(outcome)).toBeDefined();
          expect(result?.runtime, `the scenario ran in ${result?.runtime}`).toMatch(spec.selfName);
          expect(result?.ok, explain(outcome)).toBe(true);
          const vapiOnly = client === 'vapi' ? ['verify-webhook', 'stream'] : [];
          expect(result?.steps.map((step) => step.name)).toEqual(['list', 'get', 'not-found', ...vapiOnly]);
          expect(result?.steps[2]?.detail).toBe('NotFoundError 404');
          if (client === 'vapi') expect(result?.steps[3]?.detail).toMatch(/ · tampered: bad-signature$/);

          // The requests reached this client's emulator from this runtime, identified as sessionkit in it.
          const calls = emulator.scenarioCalls();
          expect(calls.length).toBeGreaterThanOrEqual(3);
          const agents = new Set(calls.map((call) => call.headers['user-agent']));
          expect([...agents]).toHaveLength(1);
          expect(calls[0]?.headers['user-agent']).toMatch(
            new RegExp(`^sessionkit-${client}/\\S+ sessionkit-core/\\S+ `),
          );
          expect(calls[0]?.headers['user-agent']?.split(' ').at(-1)).toMatch(spec.agent);
        } catch (error) {
          if (!cells.has(key) || cells.get(key)?.status === 'pass') {
            cells.set(key, { status: 'fail', ...(outcome ? { ms: outcome.ms } : {}) });
          }
          throw error;
        } finally {
          await emulator.close();
        }
      });
    }
  });
}
