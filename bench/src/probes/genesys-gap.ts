// A probe for issue 13, item 8 (why the bench put the official Genesys SDK lower than an independent run): "get one
// session" throughput of chosen contenders against the bench's loopback server, all in this process (--mode=shared)
// or each in a forked process of its own (--mode=isolated), with the realistic seeded session or a minimal body, and
// SDK set-ups and transports the bench does not measure. Findings: genesys-gap-findings.md.
//
//   node --expose-gc src/probes/genesys-gap.ts --mode=isolated --body=minimal \
//     --names='raw fetch + JSON.parse|purecloud-platform-client-v2|genesys-class|axios|axios-noredirect' \
//     [--c=1] [--total=2000] [--rounds=5] [--warmup=500]
//
// --names is `|`-separated: the rows of `throughputContenders` for Genesys, or one of the variants below.
import { type ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import platformClient from 'purecloud-platform-client-v2';
import { median } from '../measure/median.ts';
import { startStaticServer } from '../measure/static-server.ts';
import { measureThroughput, type ThroughputResult } from '../measure/throughput.ts';
import { genesysBench } from '../vendors/genesys.ts';
import { useLoopbackGateway } from '../vendors/genesys-gateway.ts';
import { throughputContenders } from '../vendors/index.ts';

const TOKEN = 'bench-access-token';
const ID = '8d0f2c47-6a3e-4c1b-9f5d-2e7a9b1c3d4e';

interface AxiosLike {
  request(config: Record<string, unknown>): Promise<{ data: unknown }>;
}
/** The axios the SDK itself loads (not a dependency of the bench). */
const axios = createRequire(createRequire(import.meta.url).resolve('purecloud-platform-client-v2'))('axios') as {
  create(config: Record<string, unknown>): AxiosLike;
};

/** An SDK client in the old set-up (`new ApiClientClass()`) or the README's (`ApiClient.instance`), varied. */
function sdkVariant(name: string, baseUrl: string): () => Promise<unknown> {
  const client = name.includes('class') ? new platformClient.ApiClientClass() : platformClient.ApiClient.instance;
  useLoopbackGateway(client, baseUrl);
  client.setAccessToken(TOKEN);
  if (name.includes('noconsole')) {
    // "SDK Logging": with no console transport, the per-call trace/debug lines never reach winston.
    client.config.logger.log_to_console = false;
    client.config.logger.setLogger();
  }
  const api = new platformClient.JourneyApi(client);
  return () => api.getJourneySession(ID);
}

function contender(name: string, baseUrl: string): () => Promise<unknown> {
  const row = throughputContenders(genesysBench, baseUrl).find((candidate) => candidate.name === name);
  if (row) return row.call;
  const url = `${baseUrl}/api/v2/journey/sessions/${ID}`;
  const headers = { authorization: `Bearer ${TOKEN}` };
  switch (name) {
    case 'genesys-class':
    case 'genesys-noconsole':
      return sdkVariant(name, baseUrl);
    case 'axios':
    case 'axios-noredirect': {
      // The SDK's transport alone: axios.create({}) as DefaultHttpClient builds it; maxRedirects 0 skips follow-redirects.
      const instance = axios.create(name === 'axios' ? {} : { maxRedirects: 0 });
      return async () => (await instance.request({ url, method: 'GET', headers, timeout: 16_000 })).data;
    }
    case 'http.get':
      return () =>
        new Promise((resolve, reject) => {
          http
            .get(url, { headers }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
            })
            .on('error', reject);
        });
    default:
      throw new Error(`no contender ${name}`);
  }
}

if (process.argv[2] === '--child') {
  const call = contender(process.argv[4] as string, process.argv[3] as string);
  process.on('message', async (message: { total: number; concurrency: number }) => {
    process.send?.(await measureThroughput(call, message.total, message.concurrency));
  });
  process.send?.('ready');
} else {
  const arg = (key: string, fallback: string): string =>
    process.argv.find((value) => value.startsWith(`--${key}=`))?.slice(key.length + 3) ?? fallback;
  const mode = arg('mode', 'isolated');
  const minimal = arg('body', 'realistic') === 'minimal';
  const names = arg('names', 'raw fetch + JSON.parse|purecloud-platform-client-v2').split('|');
  const [total, rounds, warmup, concurrency] = ['total', 'rounds', 'warmup', 'c'].map((key, index) =>
    Number(arg(key, ['2000', '5', '500', '1'][index] as string)),
  ) as [number, number, number, number];
  const body = minimal ? JSON.stringify({ id: ID }) : await genesysBench.sessionBody();
  const server = await startStaticServer(body);
  const children: ChildProcess[] = [];
  const runners = new Map<string, (count: number) => Promise<ThroughputResult>>();
  const next = <T>(child: ChildProcess): Promise<T> =>
    new Promise((resolve, reject) => {
      child.once('message', (message) => resolve(message as T));
      child.once('exit', (code) => reject(new Error(`contender exited with ${code}`)));
    });
  try {
    for (const name of names) {
      if (mode === 'isolated') {
        const child = fork(import.meta.filename, ['--child', server.url, name], { execArgv: process.execArgv });
        children.push(child);
        await next(child);
        runners.set(name, (count) => {
          const result = next<ThroughputResult>(child);
          child.send({ total: count, concurrency });
          return result;
        });
      } else {
        const call = contender(name, server.url);
        runners.set(name, (count) => measureThroughput(call, count, concurrency));
      }
    }
    const run = (name: string, count: number) =>
      (runners.get(name) as (count: number) => Promise<ThroughputResult>)(count);
    for (const name of names) await run(name, warmup);
    const samples = new Map<string, number[]>(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1)
      for (const name of names) samples.get(name)?.push((await run(name, total)).requestsPerSecond);
    const base = median(samples.get(names[0] as string) ?? []);
    console.log(
      `mode=${mode} body=${minimal ? 'minimal' : 'realistic'} (${body.length} B) c=${concurrency} ${total}×${rounds} after ${warmup}, ${process.execArgv.join(' ')}`,
    );
    for (const name of names) {
      const values = samples.get(name) ?? [];
      console.log(
        `  ${name.padEnd(38)} ${median(values).toFixed(0).padStart(6)} req/s  ×first ${(median(values) / base).toFixed(2)}  rounds ${values.map((value) => value.toFixed(0)).join(' ')}`,
      );
    }
  } finally {
    for (const child of children) child.kill();
    await server.close();
  }
}
