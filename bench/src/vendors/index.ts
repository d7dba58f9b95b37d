import { genesysBench } from './genesys.ts';
import { highlightBench } from './highlight.ts';
import { vapiBench } from './vapi.ts';
import type { VendorBench } from './vendor-bench.ts';

/** Every vendor the benchmark covers. */
export const VENDORS: readonly VendorBench[] = [vapiBench, genesysBench, highlightBench];
