import { spawn } from 'node:child_process';

/**
 * A loopback server in its own process answering every request with one fixed JSON body: it measures the client,
 * and the server's work never competes with the client's event loop.
 */
export async function startStaticServer(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, [new URL('./static-server-process.mjs', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(body);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
