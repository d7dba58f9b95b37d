// `pnpm --filter @sessionkit/runtime-matrix runtimes`: each runtime of the matrix with its version and binary, or
// what to install; exits 1 when one is missing or does not start (`.ci/run` runs it before the tests).
import { missingMessage, probe, RUNTIMES } from './runtimes.ts';

const found = await Promise.all(RUNTIMES.map(async (spec) => ({ spec, probe: await probe(spec) })));
for (const { spec, probe: result } of found) {
  console.log(
    result.ok
      ? `${spec.label.padEnd(8)} ${result.version.padEnd(19)} ${result.path}`
      : `${spec.label.padEnd(8)} MISSING: ${missingMessage(spec, result.reason)}`,
  );
}
process.exitCode = found.every(({ probe: result }) => result.ok) ? 0 : 1;
