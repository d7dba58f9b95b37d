import type { TestServer } from '@sessionkit/test-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { bundleForBrowser, findChromium, launchChromium, servePage } from '../src/index.ts';

const executable = findChromium();
if (!executable && process.env.CI) {
  throw new Error('Chromium is required in CI (apt-get install chromium); .ci/run installs it.');
}

/** True where no Chromium exists (never in CI): browser suites use `describe.skipIf(chromiumMissing)`. */
export const chromiumMissing: boolean = executable === undefined;

/**
 * Bundles `entry` for the browser, serves it on its own origin and opens it in headless Chromium. The entry must
 * set `window.ready = true` when its functions are installed.
 */
export function usePage(entry: string): { readonly page: Page } {
  const holder = {} as { page: Page; browser: Browser; server: TestServer };
  beforeAll(async () => {
    holder.server = await servePage(await bundleForBrowser(entry));
    holder.browser = await launchChromium(executable as string);
    holder.page = await holder.browser.newPage();
    await holder.page.goto(holder.server.url);
    await holder.page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
  });
  afterAll(async () => {
    await holder.browser?.close();
    await holder.server?.close();
  });
  return holder;
}
