import ky from 'ky';
import type { Contender, VendorBench } from './vendor-bench.ts';

/**
 * ky alone (no retries, no timeout) + `JSON.parse`: the transport every sessionkit client is built on, so the table
 * shows how much of the distance to raw fetch is ky's and how much is sessionkit's.
 */
export function kyContender(url: string, init?: VendorBench['sessionInit']): Contender {
  const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
  return {
    name: 'ky + JSON.parse (transport floor)',
    call: async () => JSON.parse(await client(url, init ?? { headers: { authorization: 'Bearer bench' } }).text()),
  };
}
