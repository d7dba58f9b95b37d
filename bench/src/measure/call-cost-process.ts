// The CPU-per-call row of one vendor in a process of its own (`call-cost.ts`): built from the same contenders as the
// throughput rows, run here so that the heap the in-memory calls leave behind (ky keeps about 1 kB per call when
// `fetch` answers with a synthetic `Response`; not with undici over loopback) does not weigh on the bench's process.
import { throughputContenders, VENDORS } from '../vendors/index.ts';
import { callCost } from './call-cost.ts';

const [vendorName, calls, rounds] = process.argv.slice(2);
const vendor = VENDORS.find((candidate) => candidate.vendor === vendorName);
if (!vendor || !calls || !rounds) throw new Error('usage: call-cost-process <vendor> <calls> <rounds>');
// Raw fetch, ky and the sessionkit clients, which all send through `globalThis.fetch`; not the official SDKs
// (Genesys' runs on axios). Nothing is sent: the base URL is never reached.
const contenders = throughputContenders(vendor, 'http://127.0.0.1:9').filter((contender) =>
  /^(raw|ky|sessionkit)/.test(contender.name),
);
const costs = await callCost(contenders, await vendor.sessionBody(), { calls: Number(calls), rounds: Number(rounds) });
process.send?.(Object.fromEntries(costs));
