// The benchmark's loopback server, run in its own process so its work never shares the client's event loop:
// answers every request with the JSON body it reads from stdin, and prints its port.
import { createServer } from 'node:http';

let body = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) body += chunk;
const payload = Buffer.from(body);
const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(payload.length) });
  response.end(payload);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
