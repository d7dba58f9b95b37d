import { mkdir } from 'node:fs/promises';
import { startVapiEmulator, type VapiEmulator } from '@sessionkit/emulators/vapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, usePage } from './browser-context.ts';

// A small chat page: the reply appears in <pre id="reply"> delta by delta, as Vapi streams it.
const ENTRY = `
import { VapiClient, messageText } from '@sessionkit/vapi';
const reply = document.createElement('pre');
reply.id = 'reply';
reply.style.cssText = 'font: 20px sans-serif; padding: 16px; white-space: pre-wrap';
document.body.append(reply);
window.streamVapi = async (baseUrl) => {
  const vapi = new VapiClient({ apiKey: 'browser-key', baseUrl });
  const session = await vapi.sessions.create({ assistantId: 'browser-assistant' });
  const stream = vapi.sessions.stream(session.id, 'Where is my order?');
  const seen = [];
  for await (const event of stream) {
    if (event.type !== 'delta') continue;
    reply.textContent += event.delta;
    seen.push(reply.textContent);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const chat = await stream.finalChat();
  return { seen, text: await stream.text(), stored: (chat.output ?? []).map((m) => messageText(m) ?? '').join('') };
};
window.ready = true;
`;

describe.skipIf(chromiumMissing)('@sessionkit/vapi streaming in headless Chromium', () => {
  let emulator: VapiEmulator;
  beforeAll(async () => {
    emulator = await startVapiEmulator({ cors: true, streamChunkDelayMs: 30 });
  });
  afterAll(() => emulator?.close());
  const ctx = usePage(ENTRY);

  it('shows the reply as it streams, and its text is the stored chat’s (screenshots in .vitest/, mid-stream and at the end)', async () => {
    const running = ctx.page.evaluate(
      (url) =>
        (
          window as unknown as { streamVapi: (u: string) => Promise<{ seen: string[]; text: string; stored: string }> }
        ).streamVapi(url),
      emulator.url,
    );
    await ctx.page.waitForFunction(() => (document.getElementById('reply')?.textContent ?? '').length > 0);
    const partial = await ctx.page.textContent('#reply');
    await mkdir(new URL('../.vitest/', import.meta.url), { recursive: true });
    await ctx.page.screenshot({ path: new URL('../.vitest/vapi-streaming-partial.png', import.meta.url).pathname });
    const result = await running;
    expect(result.seen.length).toBeGreaterThan(1);
    expect(result.seen.every((shown, index) => index === 0 || shown.startsWith(result.seen[index - 1] ?? ''))).toBe(
      true,
    );
    expect(partial?.length).toBeLessThan(result.text.length);
    expect(result.text).toBe(result.stored);
    expect(await ctx.page.textContent('#reply')).toBe(result.text);
    await ctx.page.screenshot({ path: new URL('../.vitest/vapi-streaming.png', import.meta.url).pathname });
    expect(emulator.streams[0]?.outcome).toBe('completed');
  });
});
