// pnpm demo — one view of every vendor's sessions.
// With no credentials it runs against in-process emulators on 127.0.0.1; with VAPI_API_KEY, GENESYS_CLIENT_ID/
// GENESYS_CLIENT_SECRET/GENESYS_REGION or HIGHLIGHT_TOKEN/HIGHLIGHT_PRIVATE_GRAPH_URL set, that vendor is queried live.
// Flags: --json (machine-readable output), --limit N (sessions per vendor, default 8).
import { styleText } from 'node:util';
import type { SessionSummary } from '@sessionkit/core';
import { Progress } from './progress.ts';
import { renderTable, SUMMARY_COLUMNS } from './render-table.ts';
import { allSources } from './sources/all-sources.ts';
import type { DemoSource } from './sources/demo-source.ts';
import { webhooksLive } from './webhooks-live.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limitIndex = args.indexOf('--limit');
const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : 8;
const tty = Boolean(process.stdout.isTTY) && !json;
const color = tty && !process.env.NO_COLOR;
const paint = (style: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(style, text) : text);

async function collect(sources: readonly DemoSource[], signal: AbortSignal): Promise<SessionSummary[]> {
  const progress = new Progress(tty);
  const rows: SessionSummary[] = [];
  try {
    for (const source of sources) {
      for await (const summary of source.summaries(limit, signal)) {
        rows.push(summary);
        progress.update(`fetching ${source.vendor} sessions… ${rows.length}`);
      }
    }
  } finally {
    progress.stop();
  }
  return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

async function main(): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit takes a whole number ≥ 1');
  const signal = AbortSignal.timeout(60_000);
  const sources = await allSources(process.env);
  try {
    const emulated = sources.filter((source) => source.mode === 'emulator').map((source) => source.vendor);
    const intro =
      emulated.length === sources.length
        ? 'No vendor credentials found: running against local emulators on 127.0.0.1 (seeded with realistic sessions).'
        : `Live: ${sources
            .filter((s) => s.mode === 'live')
            .map((s) => s.vendor)
            .join(', ')}; emulated: ${emulated.join(', ') || 'none'}.`;
    const rows = await collect(sources, signal);
    const details = await Promise.all(
      sources.map(async (source) => {
        const first = rows.find((row) => row.vendor === source.vendor);
        return { source, summary: first, fields: first ? await source.detail(first, signal) : [] };
      }),
    );

    if (json) {
      const detail = Object.fromEntries(details.map((d) => [d.source.vendor, Object.fromEntries(d.fields)]));
      const modes = Object.fromEntries(sources.map((s) => [s.vendor, { mode: s.mode, where: s.where }]));
      process.stdout.write(`${JSON.stringify({ sources: modes, sessions: rows, detail }, null, 2)}\n`);
      return;
    }
    console.log(paint('bold', intro));
    for (const source of sources)
      console.log(paint('dim', `  ${source.vendor.padEnd(16)} ${source.mode.padEnd(9)} ${source.where}`));
    console.log(`\n${paint('bold', `${rows.length} recent sessions`)}\n`);
    console.log(renderTable(rows, SUMMARY_COLUMNS, color));
    for (const { source, summary, fields } of details) {
      if (!summary) continue;
      console.log(`\n${paint('bold', `${source.vendor} · ${summary.id}`)}`);
      const width = Math.max(...fields.map(([label]) => label.length));
      for (const [label, value] of fields) console.log(`  ${paint('dim', label.padEnd(width))}  ${value}`);
    }
    console.log(
      `\n${paint('bold', 'Vapi webhooks, live')} ${paint('dim', '(emulator → local receiver on verifyWebhook, HMAC sha256)')}`,
    );
    await webhooksLive((line) => console.log(`  ${line}`));
  } finally {
    await Promise.all(sources.map((source) => source.close()));
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`demo failed: ${message}`);
  process.exitCode = 1;
});
