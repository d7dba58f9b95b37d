// pnpm --filter @sessionkit/bench bench:streaming — only the streaming row of `pnpm bench` (not written to results).
import { streamingBench, streamingLines } from './measure/streaming.ts';

console.log(streamingLines(await streamingBench()).join('\n'));
