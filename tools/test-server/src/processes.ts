// Processes a test or a bench starts on this machine: a real redis-server on 127.0.0.1, and a fleet of worker
// processes released together. Shared by @sessionkit/redis's tests and `pnpm bench --fleet`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether `redis-server` is on the PATH (Debian's package; `.ci/run` installs it). */
export const HAS_REDIS = spawnSync('redis-server', ['--version']).status === 0;

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running `redis-server`, which can be stopped and started again on the same port. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Runs `redis-cli` against the server. */
  cli(...args: string[]): string;
}

/** A real `redis-server` on 127.0.0.1 at a random port, without persistence. */
export async function startRedis(): Promise<RedisServer> {
  if (!HAS_REDIS) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const cli = (...args: string[]): string =>
    spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).stdout.trim();
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    cli,
    async start() {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
      child = spawn('redis-server', args, { stdio: 'ignore' });
      const deadline = Date.now() + 10_000;
      while (cli('PING') !== 'PONG') {
        if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
  };
  await server.start();
  return server;
}

/**
 * Starts `count` processes of `worker` (a script given the job as JSON in `FLEET_JOB`), waits until every one has
 * printed `ready`, releases them together (`go` on stdin), runs `during` while they work, and resolves with each
 * one's last stdout line parsed as JSON.
 */
export async function runWorkers<T>(
  worker: string,
  count: number,
  job: unknown,
  during?: () => Promise<void>,
): Promise<T[]> {
  const children: ChildProcess[] = [];
  let ready = 0;
  let release: () => void = () => undefined;
  const allReady = new Promise<void>((resolve) => {
    release = resolve;
  });
  const runs = Array.from(
    { length: count },
    () =>
      new Promise<T>((resolve, reject) => {
        const child = spawn(process.execPath, [worker], {
          env: { ...process.env, FLEET_JOB: JSON.stringify(job) },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        children.push(child);
        let out = '';
        let err = '';
        child.stdout?.on('data', (chunk) => {
          if (!out.includes('ready\n') && `${out}${chunk}`.includes('ready\n')) {
            ready += 1;
            if (ready === count) release();
          }
          out += chunk;
        });
        child.stderr?.on('data', (chunk) => {
          err += chunk;
        });
        child.once('exit', (code) => {
          const line = out.trim().split('\n').pop() ?? '';
          if (code !== 0 || !line.startsWith('{')) reject(new Error(`worker exited ${code}: ${err}`));
          else resolve(JSON.parse(line) as T);
        });
      }),
  );
  await allReady;
  for (const child of children) child.stdin?.write('go\n');
  if (during) await during();
  return Promise.all(runs);
}
