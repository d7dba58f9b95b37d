import { genesysBench } from './genesys.ts';
import { highlightBench } from './highlight.ts';
import { kyContender, kySessionkitContender } from './ky-contender.ts';
import { vapiBench } from './vapi.ts';
import type { Contender, VendorBench } from './vendor-bench.ts';

/** Every vendor the benchmark covers. */
export const VENDORS: readonly VendorBench[] = [vapiBench, genesysBench, highlightBench];

/**
 * The throughput rows of one vendor against a server at `baseUrl`, in the table's order: raw fetch (the `×raw`
 * baseline), ky alone (the `×ky` baseline), ky as sessionkit configures it, then the vendor's official SDK and
 * sessionkit clients. The same list in the bench's process and in each contender's own (`contender-process.ts`).
 */
export function throughputContenders(vendor: VendorBench, baseUrl: string): Contender[] {
  const [raw, ...clients] = vendor.contenders(baseUrl);
  if (!raw) throw new Error(`${vendor.vendor} has no raw fetch contender`);
  const url = `${baseUrl}${vendor.sessionPath}`;
  return [raw, kyContender(url, vendor.sessionInit), kySessionkitContender(url, vendor.sessionInit), ...clients];
}
