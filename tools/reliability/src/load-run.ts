// Runs one profile's load in its own process: N reads at concurrency C, every result checked. Prints one JSON line.
// The process is never told to exit: if the client leaked a socket or a timer, it would hang, and the test would see it.
import { PROFILES } from './profiles/index.ts';

const [vendor, total = '10000', concurrency = '64'] = process.argv.slice(2);
const profile = PROFILES.find((candidate) => candidate.vendor === vendor);
if (!profile) throw new Error(`unknown profile ${vendor}`);

const subject = await profile.start();
const requests = Number(total);
let next = 0;
let correct = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: Number(concurrency) }, async () => {
    while (next < requests) {
      next += 1;
      try {
        if (subject.read.isCorrect(await subject.read.run())) correct += 1;
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
  }),
);
const tokenRequests = subject.oauth?.tokenRequests() ?? 0;
const served = subject.emulator.server.calls.length - tokenRequests;
await subject.close();
console.log(JSON.stringify({ vendor, requests, correct, failed, served, tokenRequests }));
