// CPU per call of two builds of the clients in one process, interleaved (`call-cost.ts`: every request answered by an
// in-memory fetch), so that a change to core can be compared with the code before it on equal terms:
//
//     git worktree add ../before <rev> && (cd ../before && pnpm install --frozen-lockfile && pnpm build)
//     node --expose-gc src/probes/before-after.ts ../../before ..
//
// Each tree's built `packages/*/dist` is loaded, with its own ky and zod. Validation off and lenient, per vendor.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ky from 'ky';
import { callCost } from '../measure/call-cost.ts';
import { VENDORS } from '../vendors/index.ts';
import type { Contender } from '../vendors/vendor-bench.ts';

const [beforeTree, afterTree] = process.argv.slice(2);
if (!beforeTree || !afterTree) throw new Error('usage: before-after.ts <tree before> <tree after>');
const trees = { before: resolve(beforeTree), after: resolve(afterTree) };
const BASE = 'http://127.0.0.1:9';

async function client(tree: string, vendor: string, validation: 'off' | 'lenient', body: string) {
  const load = (pkg: string) => import(pathToFileURL(`${tree}/packages/${pkg}/dist/index.js`).href);
  if (vendor === 'vapi') {
    const { VapiClient } = await load('vapi');
    const vapi = new VapiClient({ apiKey: 'k', baseUrl: BASE, validation });
    const { id } = JSON.parse(body) as { id: string };
    return () => vapi.sessions.get(id);
  }
  if (vendor === 'genesys-journey') {
    const { GenesysJourneyClient } = await load('genesys-journey');
    const genesys = new GenesysJourneyClient({ accessToken: 't', baseUrl: BASE, validation });
    const { id } = JSON.parse(body) as { id: string };
    return () => genesys.sessions.get(id);
  }
  const { HighlightClient } = await load('highlight');
  const highlight = new HighlightClient({ projectId: '1', token: 'k', privateGraphUrl: `${BASE}/private`, validation });
  const id = (JSON.parse(body) as { data: { session: { secure_id: string } } }).data.session.secure_id;
  return () => highlight.sessions.get(id);
}

const plain = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
for (const vendor of VENDORS) {
  const body = await vendor.sessionBody();
  const contenders: Contender[] = [
    {
      name: 'ky alone',
      call: async () => JSON.parse(await plain(`${BASE}${vendor.sessionPath}`, vendor.sessionInit ?? {}).text()),
    },
  ];
  for (const [label, tree] of Object.entries(trees)) {
    for (const validation of ['off', 'lenient'] as const) {
      contenders.push({
        name: `${label}, validation ${validation}`,
        call: await client(tree, vendor.vendor, validation, body),
      });
    }
  }
  const costs = await callCost(contenders, body, { calls: 10_000, rounds: 7 });
  console.log(vendor.vendor, [...costs].map(([name, us]) => `${name} ${us.toFixed(1)} µs`).join(', '));
}
