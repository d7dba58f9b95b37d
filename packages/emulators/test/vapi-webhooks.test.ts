import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeaders } from '../src/vapi/webhooks.ts';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;

describe('signatureHeaders', () => {
  const now = new Date('2026-08-20T12:00:00.000Z');
  it('signs `{timestamp}.{body}` with the spec’s defaults', () => {
    const headers = signatureHeaders({ type: 'hmac', secretKey: 'k', algorithm: 'sha256' }, 'http://h/x', '{}', now);
    expect(headers).toEqual({
      'x-timestamp': '1787227200',
      'x-signature': createHmac('sha256', 'k').update('1787227200.{}').digest('hex'),
    });
  });
  it('writes a Svix-style message id, prefix and base64, and the bearer and legacy secret headers', () => {
    const headers = signatureHeaders(
      {
        type: 'hmac',
        secretKey: Buffer.from('raw-key').toString('base64'),
        secretIsBase64: true,
        algorithm: 'sha512',
        signatureEncoding: 'base64',
        signaturePrefix: 'v1,',
        payloadFormat: '{svix-id}.{timestamp}.{body}',
        timestampFormat: 'ms',
      },
      'http://h/x',
      '{}',
      now,
    );
    const id = headers['svix-id'] as string;
    expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(headers['x-signature']).toBe(
      `v1,${createHmac('sha512', 'raw-key').update(`${id}.${now.getTime()}.{}`).digest('base64')}`,
    );
    expect(signatureHeaders({ type: 'bearer', token: 't' }, '', '', now)).toEqual({ authorization: 'Bearer t' });
    expect(signatureHeaders({ type: 'secret', secret: 's' }, '', '', now)).toEqual({ 'x-vapi-signature': 's' });
  });
});

describe('sessionkit-emulator vapi --webhook-url --webhook-plan', () => {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  let server: Server;
  let url: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    server = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      seen.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('POSTs session.created signed as the plan says', async () => {
    const plan = { type: 'hmac', secretKey: 'cli-secret', algorithm: 'sha256', signaturePrefix: 'sha256=' };
    child = spawn(
      process.execPath,
      [CLI, 'vapi', '--sessions', '0', '--webhook-url', url, '--webhook-plan', JSON.stringify(plan)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), 'line')) as [string];
    expect(line).toContain(`server messages to ${url} (hmac)`);
    const base = /^(\S+) /.exec(line)?.[1];
    const created = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: '{"name":"cli"}',
    });
    expect(created.status).toBe(201);
    for (let i = 0; i < 100 && seen.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const [delivery] = seen;
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      message: { type: 'session.created', session: { name: 'cli' } },
    });
    const timestamp = delivery?.headers['x-timestamp'] as string;
    expect(delivery?.headers['x-signature']).toBe(
      `sha256=${createHmac('sha256', 'cli-secret').update(`${timestamp}.${delivery?.body}`).digest('hex')}`,
    );
  });

  it('refuses a plan that is not JSON', async () => {
    const bad = spawn(process.execPath, [CLI, 'vapi', '--webhook-url', url, '--webhook-plan', '{nope'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    bad.stderr?.on('data', (chunk) => (stderr += chunk));
    const [code] = (await once(bad, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('--webhook-plan takes a JSON object');
  });
});
