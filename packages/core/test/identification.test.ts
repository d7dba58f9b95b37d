import { afterEach, describe, expect, it, vi } from 'vitest';
import { identificationHeaders, runtimeTag } from '../src/http/user-agent.ts';
import { VERSION } from '../src/index.ts';
import { makeClient, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const client = { name: '@sessionkit/test', version: '1.2.3' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('identification headers', () => {
  it('outside browsers: User-Agent names client, core and runtime; x-sessionkit-client names client and core', () => {
    expect(identificationHeaders(client, false)).toEqual({
      'user-agent': `sessionkit-test/1.2.3 sessionkit-core/${VERSION} node/${process.versions.node}`,
      'x-sessionkit-client': `test/1.2.3 core/${VERSION}`,
    });
  });

  it('in a browser: none, so a request needs no CORS permission beyond the vendor’s own headers', () => {
    expect(identificationHeaders(client, true)).toEqual({});
  });

  it('sends neither header from a browser page (window and document present), only what the caller set', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    ctx.server.on('GET', '/x', { json: {} });
    await makeClient(ctx.server, { headers: { 'x-team': 'blue' } }).request({ method: 'GET', path: '/x' });
    const headers = ctx.server.calls[0]?.headers ?? {};
    expect(headers['x-sessionkit-client']).toBeUndefined();
    expect(headers['user-agent'] ?? '').not.toMatch(/sessionkit/);
    expect(headers['x-team']).toBe('blue');
  });

  it('names Deno, Bun and workerd as they name themselves (navigator.userAgent), not by the Node version they emulate', () => {
    for (const agent of ['Deno/2.9.6', 'Bun/1.4.5', 'Cloudflare-Workers']) {
      vi.stubGlobal('navigator', { userAgent: agent });
      expect(runtimeTag()).toBe(agent);
    }
    vi.stubGlobal('navigator', { userAgent: 'Some Runtime\r\nx-injected: 1' });
    expect(runtimeTag()).toBe(`node/${process.versions.node}`);
    vi.stubGlobal('navigator', { userAgent: 'Node.js/24' });
    expect(runtimeTag()).toBe(`node/${process.versions.node}`);
    vi.stubGlobal('navigator', undefined);
    vi.stubGlobal('process', { versions: {} });
    expect(runtimeTag()).toBe('runtime/unknown');
  });
});
