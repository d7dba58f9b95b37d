import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback server answering every request with one fixed JSON body: measures the client, not the server. */
export async function startStaticServer(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const payload = Buffer.from(body);
  const server: Server = createServer((_request, response) => {
    _request.resume();
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(payload.length) });
    response.end(payload);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
