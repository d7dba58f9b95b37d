import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  bundleForBrowser as bundleWith,
  launchChromium as launchBrowserTestsChromium,
} from '@sessionkit/browser-tests';
import { createTestServer, type TestServer } from '@sessionkit/emulators/server';
import type { Browser } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH), found as tools/browser-tests finds it. */
export { findChromium } from '@sessionkit/browser-tests';

/**
 * Headless Chromium launched as tools/browser-tests does (no background networking), with every host name but
 * 127.0.0.1 unresolvable (whatever a recorder tries to reach elsewhere fails on this machine instead of leaving it),
 * and without the automation flag that makes highlight.run refuse to record.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return launchBrowserTestsChromium(executablePath, [
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    // highlight.run does not record a browser that reports `navigator.webdriver` (it takes it for a bot).
    '--disable-blink-features=AutomationControlled',
  ]);
}

/** Bundles an ES module for the browser, its packages (highlight.run) resolved from this package, minified. */
export function bundleForBrowser(source: string): Promise<string> {
  return bundleWith(source, new URL('.', import.meta.url).pathname);
}

/** Serves a small page (its body given) that loads `script` as a module, on its own 127.0.0.1 origin. */
export async function servePage(body: string, script: string): Promise<TestServer> {
  const server = await createTestServer();
  server.on('GET', '/', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    text: `<!doctype html><meta charset="utf-8"><title>fidelity</title>${body}<script type="module" src="/app.js"></script>`,
  });
  server.on('GET', '/app.js', { headers: { 'content-type': 'text/javascript; charset=utf-8' }, text: script });
  server.on('GET', '/next', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    text: '<!doctype html><p>next</p>',
  });
  return server;
}

/** One GraphQL document of the SDK: its operation name and full text (fragments it spreads appended). */
export interface SdkDocument {
  readonly name: string;
  readonly type: 'query' | 'mutation';
  readonly text: string;
}

/**
 * The public-graph documents the `highlight.run` package ships, read from its built files (the page's client and
 * the Web Worker that uploads payloads, which is inlined as base64): every `query`/`mutation` it can send.
 */
export function highlightDocuments(): SdkDocument[] {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('highlight.run')), '.');
  const texts: string[] = [];
  for (const file of ['index.js', ...readdirJs(dist)]) {
    const code = readFileSync(join(dist, file), 'utf8');
    texts.push(code);
    for (const match of code.matchAll(/"([A-Za-z0-9+/]{4000,}={0,2})"/g)) {
      const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
      if (decoded.includes('mutation ')) texts.push(decoded);
    }
  }
  const fragments = new Map<string, string>();
  const documents = new Map<string, SdkDocument>();
  for (const code of texts) {
    for (const literal of code.matchAll(/`(\s*(?:mutation|query|fragment) [^`]*)`/g)) {
      const text = (literal[1] as string).replace(/\$\{\w+\}/g, '').trim();
      const head = /^(mutation|query|fragment) (\w+)/.exec(text);
      if (!head) continue;
      if (head[1] === 'fragment') fragments.set(head[2] as string, text);
      else documents.set(head[2] as string, { name: head[2] as string, type: head[1] as 'query' | 'mutation', text });
    }
  }
  return [...documents.values()]
    .map((document) => {
      const spread = [...document.text.matchAll(/\.\.\.(\w+)/g)].map((match) => fragments.get(match[1] as string));
      return { ...document, text: [document.text, ...new Set(spread.filter(Boolean))].join('\n') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function readdirJs(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^(common|record|observe)-.*\.js$/.test(name));
}
