// Runs every workspace package's tests through turbo, then prints one total over all of them:
// the last line is `N passed, N failed` (N skipped when any were), summed from each package's vitest JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const groups = ['packages', 'tools', 'examples'];
const packageDirs = groups
  .flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
  )
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .filter((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.test);

const report = (dir) => join(dir, '.vitest', 'results.json');
for (const dir of packageDirs) rmSync(report(dir), { force: true });

// Two suites at a time, as many as the machine has cores: more (turbo's default is 10, each vitest with its workers)
// starves the tests that measure time (a 50 ms send, a 100 ms attempt timeout) once the Chromium suites run beside them.
const turbo = spawnSync('turbo', ['run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packageDirs) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  if (!existsSync(report(dir))) {
    console.log(`${name}: no test report (the suite did not run to completion)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(report(dir), 'utf8'));
  // A file that failed without a failed test (a hook or an import threw, its tests skipped) counts as one failure.
  const suiteFailures = (results.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  passed += results.numPassedTests;
  failed += results.numFailedTests + suiteFailures;
  skipped += results.numPendingTests + results.numTodoTests;
  console.log(`${name}: ${results.numPassedTests} passed, ${results.numFailedTests + suiteFailures} failed`);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
