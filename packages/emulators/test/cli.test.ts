import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;
const running: ChildProcess[] = [];

/** Starts the CLI (from source, on this Node) and resolves with its first line. */
async function start(...args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [line] = (await once(lines, 'line')) as [string];
  return { child, line };
}

async function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
});

describe('sessionkit-emulator', () => {
  it('prints the base URL and the credentials on its first line, serves the seeded sessions, stops on SIGTERM', async () => {
    const { child, line } = await start('vapi', '--sessions', '3', '--seed', '42');
    const url = /^(http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1];
    expect(line).toContain('API key: any non-empty bearer token');
    const page = await fetch(`${url}/session`, { headers: { authorization: 'Bearer k' } });
    expect(((await page.json()) as { results: unknown[] }).results).toHaveLength(3);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('listens on the port and host given; Genesys names its contact ids and token endpoint', async () => {
    const { line } = await start('genesys', '--port', '0', '--host', '127.0.0.1', '--sessions', '2');
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+ · Genesys Cloud · OAuth client credentials/);
    expect(line).toMatch(/token endpoint http:\/\/127\.0\.0\.1:\d+\/oauth\/token/);
    expect(line).toMatch(/contact ids: [0-9a-f-]{36}/);
  });

  it('Highlight: the project id and both graphs', async () => {
    const { line } = await start('highlight', '--sessions', '0');
    expect(line).toMatch(/project id: 1 · private graph http:\/\/127\.0\.0\.1:\d+\/private/);
  });

  it('refuses an unknown vendor or a bad number with its usage, exit code 2', async () => {
    const unknown = await run('stripe');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown vendor "stripe"');
    expect(unknown.stderr).toContain('Usage: sessionkit-emulator <vapi|genesys|highlight>');
    const port = await run('vapi', '--port', 'abc');
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port takes a whole number');
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--sessions N');
  });
});
