import { spawn } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type RunOutcome, runtimeEnv, stop } from './run-process.ts';
import type { ScenarioResult } from './scenarios/scenario.ts';

/**
 * A compatibility date the workerd binary supports (it refuses dates after its own build). No `nodejs_compat`
 * flag: the clients must run on workerd's web-standard APIs alone, as in a Worker deployed without it.
 */
export const COMPATIBILITY_DATE = '2026-11-01';

/** The worker: the bundled scenario behind `fetch`, given its config as the request's JSON body. */
function workerModule(bundleName: string): string {
  return `import { run } from './${bundleName}';
export default {
  async fetch(request) {
    try {
      return Response.json(await run(await request.json()));
    } catch (error) {
      const detail = error instanceof Error ? error.constructor.name + ': ' + error.message : String(error);
      return Response.json({ runtime: 'workerd', ok: false, steps: [{ name: 'start', ok: false, ms: 0, detail }] });
    }
  },
};
`;
}

/**
 * The workerd config: one worker whose outbound \`fetch\` goes through a network service that allows 127.0.0.1
 * only (workerd's default outbound allows public addresses only, so a fetch to the emulator on loopback would be
 * refused), and one HTTP socket on 127.0.0.1 at a port the OS picks (reported on the control fd).
 */
function capnpConfig(bundleName: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .scenario),
    (name = "loopback", network = (allow = ["127.0.0.1/32"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const scenario :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "${bundleName}", esModule = embed "${bundleName}"),
  ],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  globalOutbound = "loopback",
);
`;
}

/** Resolves with the port workerd reports for socket `http` on its control fd (`{"event":"listen",…}` lines). */
function listenPort(control: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    control.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (const line of buffered.split('\n')) {
        if (!line.trim()) continue;
        try {
          const message = JSON.parse(line) as { event?: string; socket?: string; port?: number };
          if (message.event === 'listen' && message.socket === 'http' && typeof message.port === 'number') {
            resolve(message.port);
          }
        } catch {
          // a partial line: wait for the rest
        }
      }
    });
    control.on('end', () => reject(new Error('workerd closed its control fd before listening')));
  });
}

/**
 * Runs the bundled scenario as a worker in workerd: writes the worker and its config into `dir`, starts
 * `workerd serve`, posts `config` to the worker and reads its result. workerd is stopped in every case.
 */
export async function runInWorkerd(
  binary: string,
  bundle: string,
  config: unknown,
  options: { readonly dir: string; readonly timeoutMs: number },
): Promise<RunOutcome> {
  const started = performance.now();
  const bundleName = basename(bundle);
  await mkdir(options.dir, { recursive: true });
  await copyFile(bundle, join(options.dir, bundleName));
  await writeFile(join(options.dir, 'worker.mjs'), workerModule(bundleName));
  await writeFile(join(options.dir, 'config.capnp'), capnpConfig(bundleName));

  const child = spawn(binary, ['serve', 'config.capnp', '--control-fd=3'], {
    cwd: options.dir,
    env: runtimeEnv(),
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`did not start: ${error.message}`));
    child.on('close', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`));
  });
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let timedOut = false;
  let result: ScenarioResult | undefined;
  let exit = 'stopped by the test';
  try {
    const control = child.stdio[3] as Readable;
    const outcome = await Promise.race([
      listenPort(control).then((port) => ({ port })),
      exited.then((how) => ({ exited: how })),
      new Promise<{ timeout: true }>((resolve) => deadline.addEventListener('abort', () => resolve({ timeout: true }))),
    ]);
    if ('port' in outcome) {
      const response = await fetch(`http://127.0.0.1:${outcome.port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(config),
        signal: deadline,
      });
      const text = await response.text();
      try {
        result = JSON.parse(text) as ScenarioResult;
      } catch {
        stdout += `\n(worker answered ${response.status}: ${text.slice(0, 500)})`;
      }
    } else if ('exited' in outcome) {
      exit = outcome.exited;
    } else {
      timedOut = true;
    }
  } catch (error) {
    if (deadline.aborted) timedOut = true;
    else stderr += `\n${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await stop(child);
  }
  return { result, ms: Math.round(performance.now() - started), timedOut, exit, stdout, stderr };
}
