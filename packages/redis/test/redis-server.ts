import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether `redis-server` is on the PATH; outside CI its absence skips the tests, in CI it fails them. */
export const HAS_REDIS = spawnSync('redis-server', ['--version']).status === 0;
export const IN_CI = process.env.CI === 'true';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Runs `redis-cli` against the server. */
  cli(...args: string[]): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A real `redis-server` on 127.0.0.1 at a random port, no persistence; stop and start it again on the same port. */
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
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      );
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

export interface FleetResult {
  readonly completed: number;
  readonly failed: number;
  readonly tooMany: number;
  readonly warnings: string[];
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Runs `processes` fleet workers at once and collects their results. */
export async function runFleet(
  processes: number,
  job: { url: string; redisUrl?: string; requests: number; sessionIds: readonly string[]; storeTimeoutMs?: number },
  during?: () => Promise<void>,
): Promise<FleetResult[]> {
  const worker = new URL('./fleet-worker.ts', import.meta.url).pathname;
  const children: ChildProcess[] = [];
  let ready = 0;
  let allReady: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    allReady = resolve;
  });
  const runs = Array.from(
    { length: processes },
    () =>
      new Promise<FleetResult>((resolve, reject) => {
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
            if (ready === processes) allReady();
          }
          out += chunk;
        });
        child.stderr?.on('data', (chunk) => {
          err += chunk;
        });
        child.once('exit', (code) => {
          const line = out.trim().split('\n').pop() ?? '';
          if (code !== 0 || !line.startsWith('{')) reject(new Error(`fleet worker exited ${code}: ${err}`));
          else resolve(JSON.parse(line) as FleetResult);
        });
      }),
  );
  await started;
  for (const child of children) child.stdin?.write('go\n');
  if (during) await during();
  return Promise.all(runs);
}
