#!/usr/bin/env node
// sessionkit-emulator <vapi|genesys|highlight> [--port N] [--host 127.0.0.1] [--seed N] [--sessions N]
//   [--webhook-url URL --webhook-plan JSON --webhook-backoff JSON] (vapi)
// Starts one emulator, prints its base URL and the credentials it accepts on the first line, and runs until stopped.
import { parseArgs } from 'node:util';
import { startGenesysEmulator } from './genesys/index.ts';
import { startHighlightEmulator } from './highlight/index.ts';
import {
  startVapiEmulator,
  type VapiBackoffPlan,
  type VapiWebhookOptions,
  type VapiWebhookPlan,
} from './vapi/index.ts';

declare const __PACKAGE_VERSION__: string | undefined;
const VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

const USAGE = `Usage: sessionkit-emulator <vapi|genesys|highlight> [--port N] [--host 127.0.0.1] [--seed N] [--sessions N]

Starts a stateful local emulator of the vendor's API and runs until stopped (Ctrl+C).
The first line printed is the base URL and the credentials it accepts.

  --port N       port to listen on (default: a free one)
  --host ADDR    address to listen on (default: 127.0.0.1)
  --seed N       seed of the random generator of the seeded data (same seed, same data)
  --sessions N   number of realistic sessions to create at start (default: 20)
  --webhook-url URL       vapi: POST server messages (session.*, chat.*) to URL after each change
  --webhook-plan JSON     vapi: sign them as this authenticationPlan, e.g.
                          '{"type":"hmac","secretKey":"whsec","algorithm":"sha256"}'
  --webhook-backoff JSON  vapi: retry failed deliveries as this BackoffPlan, e.g. '{"maxRetries":3,"baseDelaySeconds":1}'
  --help         this text
  --version      the package version`;

function fail(message: string): never {
  process.stderr.write(`sessionkit-emulator: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function whole(name: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) fail(`--${name} takes a whole number ≤ ${max}, got ${value}`);
  return Number(value);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      sessions: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-plan': { type: 'string' },
      'webhook-backoff': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.version) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
const vendor = positionals[0];
if (positionals.length !== 1 || !['vapi', 'genesys', 'highlight'].includes(vendor ?? '')) {
  fail(positionals.length === 0 ? 'name a vendor' : `unknown vendor ${JSON.stringify(positionals.join(' '))}`);
}
const common = {
  host: values.host ?? '127.0.0.1',
  port: whole('port', values.port, 65_535),
  randomSeed: whole('seed', values.seed, 0xffff_ffff),
  seed: whole('sessions', values.sessions) ?? 20,
};
const options = Object.fromEntries(Object.entries(common).filter(([, value]) => value !== undefined)) as typeof common;

function json(name: string, value: string | undefined): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {}
  fail(`--${name} takes a JSON object, got ${value}`);
}

function webhookOf(): VapiWebhookOptions | undefined {
  const url = values['webhook-url'];
  const plan = json('webhook-plan', values['webhook-plan']);
  const backoffPlan = json('webhook-backoff', values['webhook-backoff']);
  if (url === undefined) {
    if (plan || backoffPlan) fail('--webhook-plan and --webhook-backoff need --webhook-url');
    return undefined;
  }
  if (!URL.canParse(url)) fail(`--webhook-url takes a URL, got ${url}`);
  if (plan && !['hmac', 'bearer', 'secret'].includes(String(plan.type))) {
    fail('--webhook-plan takes a plan of type hmac, bearer or secret');
  }
  return {
    url,
    ...(plan ? { plan: plan as unknown as VapiWebhookPlan } : {}),
    ...(backoffPlan ? { backoffPlan: backoffPlan as VapiBackoffPlan } : {}),
  };
}

let emulator: { close(): Promise<void> };
let line: string;
try {
  if (vendor === 'vapi') {
    const webhook = webhookOf();
    const vapi = await startVapiEmulator({ ...options, cors: true, ...(webhook ? { webhook } : {}) });
    emulator = vapi;
    line = `${vapi.url} · Vapi · API key: any non-empty bearer token · ${vapi.seeded.length} sessions`;
    if (webhook) line += ` · server messages to ${webhook.url} (${webhook.plan?.type ?? 'unsigned'})`;
  } else if (vendor === 'genesys') {
    const genesys = await startGenesysEmulator({ ...options, cors: true });
    emulator = genesys;
    line =
      `${genesys.url} · Genesys Cloud · OAuth client credentials: any non-empty client id and secret ` +
      `(token endpoint ${genesys.url}/oauth/token) · contact ids: ${genesys.contactIds.join(',')} · ` +
      `deployment id: ${genesys.deploymentId}`;
  } else {
    const highlight = await startHighlightEmulator({ ...options, cors: true });
    emulator = highlight;
    line =
      `${highlight.url} · Highlight · project id: ${highlight.projectId} · private graph ${highlight.privateGraphUrl} ` +
      `with any non-empty 'token' header · public graph ${highlight.publicGraphUrl} (no auth)`;
  }
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') fail(`port ${common.port} is in use`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`cannot listen on ${common.host}`);
  throw error;
}
process.stdout.write(`${line}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
