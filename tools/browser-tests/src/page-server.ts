import { createTestServer, type TestServer } from '@sessionkit/test-server';

/** Serves an HTML page that loads `script` as a module, on its own 127.0.0.1 origin. */
export async function servePage(script: string): Promise<TestServer> {
  const server = await createTestServer();
  server.on('GET', '/', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    text: '<!doctype html><meta charset="utf-8"><title>sessionkit</title><script type="module" src="/app.js"></script>',
  });
  server.on('GET', '/app.js', { headers: { 'content-type': 'text/javascript; charset=utf-8' }, text: script });
  return server;
}
