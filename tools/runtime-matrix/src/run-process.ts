import { type ChildProcess, spawn } from 'node:child_process';
import type { ScenarioResult } from './scenarios/scenario.ts';
import { RESULT_MARKER } from './scenarios/scenario.ts';

/** What one run of a scenario in a runtime gave: the scenario's own result (when it got that far) and the process's. */
export interface RunOutcome {
  readonly result: ScenarioResult | undefined;
  /** Wall time from spawning the runtime to its result, in milliseconds (start-up included). */
  readonly ms: number;
  readonly timedOut: boolean;
  readonly exit: string;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment a runtime gets: only what it needs, so no proxy variable, token or CI setting of the machine
 * reaches it, plus switches that stop update checks, telemetry and colour.
 */
export function runtimeEnv(extra: Record<string, string> = {}): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  const env: Record<string, string> = {};
  for (const name of keep) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, NO_COLOR: '1', DO_NOT_TRACK: '1', DENO_NO_UPDATE_CHECK: '1', ...extra };
}

/** Sends SIGTERM, then SIGKILL after `graceMs` if the process is still there. */
export function stop(child: ChildProcess, graceMs = 2_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The scenario result printed on the marked line, if any. */
export function readResult(stdout: string): ScenarioResult | undefined {
  const line = stdout.split('\n').find((text) => text.startsWith(RESULT_MARKER));
  return line ? (JSON.parse(line.slice(RESULT_MARKER.length)) as ScenarioResult) : undefined;
}

/** Runs `binary args` in `cwd`; the process is killed when it outlives `timeoutMs`. */
export function runCommand(
  binary: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: Record<string, string>; readonly timeoutMs: number },
): Promise<RunOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(binary, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    let done = false;
    const finish = (exit: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({
        result: readResult(stdout),
        ms: Math.round(performance.now() - started),
        timedOut,
        exit,
        stdout,
        stderr,
      });
    };
    child.on('error', (error) => finish(`did not start: ${error.message}`));
    child.on('close', (code, signal) => finish(signal ? `killed by ${signal}` : `exit code ${code}`));
  });
}
