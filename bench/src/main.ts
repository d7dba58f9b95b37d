// pnpm bench — sessionkit against raw fetch and the vendors' official SDKs, on a loopback server (a process of its
// own). Prints one table and writes bench/results/latest.json. The throughput rows run every contender in a process of
// its own (forked, driven over IPC through the same warm-up and interleaved rounds, measured one at a time). Sharing
// one process skews them: next to ky and the sessionkit clients, which run the same undici fetch, the raw-fetch
// baseline ran faster and the official Genesys SDK (axios over node:http) slower, 0.42–0.49× raw sequentially against
// 0.54–0.78× on its own (0.61–0.71× sharing a process with raw fetch only). Flags: --shared (the throughput contenders
// all in this one process, interleaved, as before; the results file is then left alone), --quick (fewer requests, for a
// smoke run), --vendor=<name> (one vendor only; the results file is then left alone), --typecheck-only (only the
// type-checker rows; the results file is then left alone), --fleet (only the fleet scenario: 8 processes of one client
// id with and without @sessionkit/redis and the official SDK; written to bench/results/fleet.json). --isolated, once
// needed for the per-process mode, is accepted and changes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { compile, parse } from 'zod/mini';
import { bundleSize } from './measure/bundle-size.ts';
import { callCostIsolated } from './measure/call-cost.ts';
import { installFootprint } from './measure/footprint.ts';
import { importTime } from './measure/import-time.ts';
import { compareThroughputIsolated } from './measure/isolated-throughput.ts';
import { rssGrowth } from './measure/memory.ts';
import { parseCost } from './measure/parse-cost.ts';
import { startStaticServer } from './measure/static-server.ts';
import { streamingBench, streamingLines } from './measure/streaming.ts';
import { compareThroughput } from './measure/throughput.ts';
import { type TypeCheckCost, typeCheckCost } from './measure/type-check.ts';
import { throughputContenders, VENDORS } from './vendors/index.ts';
import { KY_CONTENDER } from './vendors/ky-contender.ts';

if (process.argv.includes('--fleet')) {
  const { fleetBench } = await import('./fleet/fleet.ts');
  const fleetReport = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    ...(await fleetBench()),
  };
  mkdirSync(new URL('../results', import.meta.url), { recursive: true });
  writeFileSync(new URL('../results/fleet.json', import.meta.url), `${JSON.stringify(fleetReport, null, 2)}\n`);
  process.exit(0);
}

const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--vendor='))?.slice('--vendor='.length);
const vendors = only ? VENDORS.filter((vendor) => vendor.vendor === only) : VENDORS;
if (vendors.length === 0) throw new Error(`unknown vendor ${only}; known: ${VENDORS.map((v) => v.vendor).join(', ')}`);
const here = new URL('..', import.meta.url).pathname;
const SEQUENTIAL = { total: quick ? 300 : 2_000, concurrency: 1, rounds: quick ? 1 : 5, warmup: quick ? 100 : 500 };
const CONCURRENT = { total: quick ? 600 : 4_000, concurrency: 32, rounds: quick ? 1 : 5, warmup: quick ? 200 : 1_000 };
const CALL_COST = { calls: quick ? 1_000 : 10_000, rounds: quick ? 1 : 5 };
const MEMORY_REQUESTS = quick ? 2_000 : 20_000;
const typecheckOnly = process.argv.includes('--typecheck-only');
/** Every throughput contender in a process of its own, unless `--shared` (all in this one, interleaved). */
const isolated = !process.argv.includes('--shared');
/** The consumer programs of the type-checker row (bench/typecheck): get, one page of a list, one error branch. */
const TYPECHECK_PROGRAMS: Readonly<Record<string, { sessionkit: string; official?: string }>> = {
  vapi: { sessionkit: 'vapi-sessionkit.ts', official: 'vapi-official.ts' },
  'genesys-journey': { sessionkit: 'genesys-sessionkit.ts', official: 'genesys-official.ts' },
  highlight: { sessionkit: 'highlight-sessionkit.ts' },
};

const fmt = (value: number, digits = 0): string => value.toFixed(digits);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  quick,
  isolated,
  vendors: {},
};
const lines: string[] = [];

/** The type-checker row of one vendor: sessionkit's program and the official SDK's, with and without skipLibCheck. */
function typeCheckRow(vendor: string): Record<string, Record<string, TypeCheckCost>> {
  const programs = TYPECHECK_PROGRAMS[vendor];
  if (!programs) return {};
  const runs = quick ? 1 : 5;
  const row: Record<string, Record<string, TypeCheckCost>> = {};
  for (const [who, program] of Object.entries(programs)) {
    row[who] = {
      skipLibCheckFalse: typeCheckCost(here, program, false, runs),
      skipLibCheckTrue: typeCheckCost(here, program, true, runs),
    };
  }
  return row;
}

function typeCheckLines(vendor: string, row: Record<string, Record<string, TypeCheckCost>>): string[] {
  return Object.entries(row).flatMap(([who, costs]) =>
    Object.entries(costs).map(
      ([setting, cost]) =>
        `  type check ${vendor} ${who.padEnd(10)} ${setting === 'skipLibCheckTrue' ? 'skipLibCheck: true ' : 'skipLibCheck: false'}: ${cost.types} types, ${cost.instantiations} instantiations, check ${fmt(cost.checkMs)} ms, tsc ${fmt(cost.totalMs)} ms`,
    ),
  );
}

if (typecheckOnly) {
  for (const vendor of vendors)
    lines.push(`\n${vendor.vendor}`, ...typeCheckLines(vendor.vendor, typeCheckRow(vendor.vendor)));
  console.log(lines.join('\n'));
  process.exit(0);
}

for (const vendor of vendors) {
  const body = await vendor.sessionBody();
  const server = await startStaticServer(body);
  const contenders = throughputContenders(vendor, server.url);
  const names = contenders.map((contender) => contender.name);
  const sequential = isolated
    ? await compareThroughputIsolated(vendor.vendor, server.url, names, SEQUENTIAL)
    : await compareThroughput(contenders, SEQUENTIAL);
  const concurrent = isolated
    ? await compareThroughputIsolated(vendor.vendor, server.url, names, CONCURRENT)
    : await compareThroughput(contenders, CONCURRENT);
  const floorSeq = sequential.get(contenders[0]?.name ?? '')?.requestsPerSecond ?? 1;
  const floorCon = concurrent.get(contenders[0]?.name ?? '')?.requestsPerSecond ?? 1;
  const kySeq = sequential.get(KY_CONTENDER)?.requestsPerSecond ?? 1;
  const kyCon = concurrent.get(KY_CONTENDER)?.requestsPerSecond ?? 1;
  const throughput = contenders.map((contender) => {
    const seq = sequential.get(contender.name);
    const con = concurrent.get(contender.name);
    return {
      name: contender.name,
      sequential: {
        ...seq,
        ratioToRawFetch: (seq?.requestsPerSecond ?? 0) / floorSeq,
        ratioToKy: (seq?.requestsPerSecond ?? 0) / kySeq,
      },
      concurrency32: {
        ...con,
        ratioToRawFetch: (con?.requestsPerSecond ?? 0) / floorCon,
        ratioToKy: (con?.requestsPerSecond ?? 0) / kyCon,
      },
    };
  });
  const sessionkitCall = contenders.find((contender) => contender.name.includes('validation on'));
  const memory = sessionkitCall
    ? await rssGrowth(sessionkitCall.call, MEMORY_REQUESTS, MEMORY_REQUESTS / 10, MEMORY_REQUESTS / 2)
    : undefined;
  const callCostUs = await callCostIsolated(vendor.vendor, CALL_COST);
  await server.close();

  const page = await vendor.sessions(1_000);
  const compiledSchema = compile(vendor.sessionSchema);
  const parsing = {
    ...parseCost(page, (session) => parse(vendor.sessionSchema, session)),
    compiledMs: parseCost(page, (session) => parse(compiledSchema, session)).validatedMs,
  };
  const bundles = await Promise.all(
    vendor.bundles.map(async (entry) => ({
      name: entry.name,
      platform: entry.platform ?? 'browser',
      ...(await bundleSize(entry.source, here, entry.platform)),
    })),
  );
  const importMs = importTime(vendor.importSpecifier, here, quick ? 3 : 9);
  const footprint = installFootprint(vendor.importSpecifier, here);
  const official = vendor.bundles.find((entry) => !entry.name.startsWith('@sessionkit/'))?.name;
  const officialFootprint = official ? installFootprint(official, here) : undefined;

  const typeCheck = typeCheckRow(vendor.vendor);

  (report.vendors as Record<string, unknown>)[vendor.vendor] = {
    typeCheck,
    throughput,
    parsing,
    bundles,
    importMs,
    footprint,
    officialFootprint,
    memory,
    callCostUs,
  };

  lines.push(`\n${vendor.vendor}`);
  lines.push(
    `  ${'contender'.padEnd(38)} ${'seq req/s'.padStart(10)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'×raw'.padStart(6)} ${'×ky'.padStart(6)}   ${'c32 req/s'.padStart(10)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'×raw'.padStart(6)} ${'×ky'.padStart(6)}`,
  );
  for (const row of throughput) {
    lines.push(
      `  ${row.name.padEnd(38)} ${fmt(row.sequential.requestsPerSecond ?? 0).padStart(10)} ${fmt(row.sequential.p50Ms ?? 0, 2).padStart(7)} ${fmt(row.sequential.p99Ms ?? 0, 2).padStart(7)} ${fmt(row.sequential.ratioToRawFetch, 2).padStart(6)} ${fmt(row.sequential.ratioToKy, 2).padStart(6)}   ${fmt(row.concurrency32.requestsPerSecond ?? 0).padStart(10)} ${fmt(row.concurrency32.p50Ms ?? 0, 2).padStart(7)} ${fmt(row.concurrency32.p99Ms ?? 0, 2).padStart(7)} ${fmt(row.concurrency32.ratioToRawFetch, 2).padStart(6)} ${fmt(row.concurrency32.ratioToKy, 2).padStart(6)}`,
    );
  }
  lines.push(
    `  CPU per call over an in-memory fetch (µs): ${Object.entries(callCostUs)
      .map(([name, us]) => `${name} ${fmt(us, 1)}`)
      .join(', ')}`,
  );
  lines.push(
    `  parse 1,000 sessions (${kb(parsing.bytes)}): JSON.parse ${fmt(parsing.jsonParseMs, 2)} ms, + SessionSchema ${fmt(parsing.validatedMs, 2)} ms, + compiled ${fmt(parsing.compiledMs, 2)} ms`,
  );
  for (const bundle of bundles) {
    lines.push(
      `  bundle "get one session" ${bundle.name.padEnd(28)} ${kb(bundle.gzipped).padStart(9)} gzipped, ${bundle.gzipped} bytes (${kb(bundle.minified)} minified${bundle.platform === 'node' ? ', Node only: built-ins excluded' : ''})`,
    );
    const shares = Object.entries(bundle.byPackage)
      .slice(0, 5)
      .map(([name, bytes]) => `${name} ${bytes}`)
      .join(', ');
    lines.push(`    minified bytes by package: ${shares}`);
  }
  lines.push(
    `  cold import ${vendor.importSpecifier}: +${fmt(importMs.overBareMs, 1)} ms over bare node, +${fmt(importMs.overFetchReadyMs, 1)} ms over node with its fetch loaded`,
  );
  lines.push(
    `  install ${vendor.importSpecifier}: ${footprint.packages} packages, ${mib(footprint.bytes)} (${footprint.names.join(', ')})`,
  );
  if (officialFootprint)
    lines.push(`  install ${official}: ${officialFootprint.packages} packages, ${mib(officialFootprint.bytes)}`);
  lines.push(...typeCheckLines(vendor.vendor, typeCheck));
  if (memory)
    lines.push(
      `  RSS over ${MEMORY_REQUESTS} requests after ${MEMORY_REQUESTS / 2} to warm up: ${memory.samplesMiB.join(' → ')} MiB (growth ${memory.growthMiB} MiB)`,
    );
}

if (!typecheckOnly && (!only || only === 'vapi')) {
  const streaming = await streamingBench(quick ? 2 * 1024 * 1024 : 10 * 1024 * 1024);
  report.streaming = streaming;
  lines.push(...streamingLines(streaming));
}

console.log(
  `sessionkit bench — ${process.version}, ${cpus().length} CPUs${quick ? ' (quick)' : ''}, throughput ${isolated ? 'one process per contender' : 'all contenders in one process (--shared)'}`,
);
console.log(lines.join('\n'));
if (!only && isolated) {
  mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../results/latest.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwrote bench/results/latest.json');
}
