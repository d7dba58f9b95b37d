// One contender of the throughput benchmark in a process of its own (`pnpm bench`, unless `--shared`): it builds the
// vendor's contenders against the server it is given, keeps the one it is named for, and runs the rounds the parent
// asks for over IPC, so no contender shares a heap, a JIT or a connection pool with another.
import { throughputContenders, VENDORS } from '../vendors/index.ts';
import { measureThroughput } from './throughput.ts';

const [vendorName, baseUrl, contenderName] = process.argv.slice(2);
const vendor = VENDORS.find((candidate) => candidate.vendor === vendorName);
if (!vendor || !baseUrl || !contenderName) throw new Error(`usage: contender-process <vendor> <baseUrl> <contender>`);
const contender = throughputContenders(vendor, baseUrl).find((candidate) => candidate.name === contenderName);
if (!contender) throw new Error(`${vendorName} has no contender ${contenderName}`);

process.on('message', async (message: { total: number; concurrency: number }) => {
  const result = await measureThroughput(contender.call, message.total, message.concurrency);
  process.send?.(result);
});
process.send?.('ready');
