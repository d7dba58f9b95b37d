// The release path, proven end to end on this machine:
//   1. a temporary clone of the committed repo applies pending changesets (`changeset version`) and builds;
//   2. every public package is published to a real local registry (Verdaccio on 127.0.0.1, started and stopped here);
//   3. for each client, a fresh project installs ONLY that client and checks what it got (exactly core, ky, zod; no
//      emulator), `import` under Node ESM, `require()` on Node >= 22, and a TypeScript consumer under `nodenext` and
//      `bundler`; a fresh project installs ONLY @sessionkit/emulators and checks the same way its CLI (first line,
//      a served request, a clean stop), its three vendor entries, its tarball (LICENSE, Highlight schemas and their
//      Apache-2.0 notice) and its types;
//   4. versioning is shown to be independent: a vendor changeset bumps only that vendor; a core change bumps core
//      and, as configured, the dependents whose range it leaves.
// Usage: pnpm release:dry            (add --keep to leave the temporary folder for inspection)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = new URL('..', import.meta.url).pathname;
const keep = process.argv.includes('--keep');
const node = process.execPath;
const TSC = join(repoRoot, 'node_modules/typescript/bin/tsc');
/** The module resolutions a consumer of a published package may use. */
const CONSUMER_RESOLUTIONS = [
  ['nodenext', ['--module', 'nodenext', '--moduleResolution', 'nodenext']],
  ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
];
const work = mkdtempSync(join(tmpdir(), 'sessionkit-release-'));
const clone = join(work, 'repo');
const results = [];

const CLIENTS = [
  // The SSE parser of streamed chat turns (eventsource-parser: no dependencies, loaded on the first stream only).
  { name: '@sessionkit/vapi', client: 'VapiClient', extraDependencies: ['eventsource-parser'] },
  { name: '@sessionkit/genesys-journey', client: 'GenesysJourneyClient' },
  { name: '@sessionkit/highlight', client: 'HighlightClient' },
];
const EMULATORS = '@sessionkit/emulators';
const REDIS = '@sessionkit/redis';
const PUBLIC = ['@sessionkit/core', ...CLIENTS.map((entry) => entry.name), EMULATORS, REDIS];
const FOLDER = {
  '@sessionkit/core': 'core',
  '@sessionkit/vapi': 'vapi',
  '@sessionkit/genesys-journey': 'genesys-journey',
  '@sessionkit/highlight': 'highlight',
  '@sessionkit/emulators': 'emulators',
  '@sessionkit/redis': 'redis',
};

/** Runs a command and returns its stdout, or `undefined` (recording the error) when it fails. */
function tryRun(label, command, args, options) {
  try {
    return run(command, args, options);
  } catch (error) {
    check(label, false, `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(0, 6).join(' | '));
    return undefined;
  }
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function check(label, condition, detail = '') {
  results.push({ label, ok: Boolean(condition), detail });
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
}

function step(title) {
  console.log(`\n::: ${title}`);
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function versionsOf(root) {
  return Object.fromEntries(
    PUBLIC.map((name) => [
      name,
      JSON.parse(readFileSync(join(root, 'packages', FOLDER[name], 'package.json'), 'utf8')).version,
    ]),
  );
}

async function startRegistry() {
  const registryDir = join(repoRoot, 'scripts', 'verdaccio');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: registryDir });
  const port = await freePort();
  const config = join(work, 'verdaccio.yaml');
  writeFileSync(
    config,
    [
      `storage: ${join(work, 'storage')}`,
      'auth: { htpasswd: { file: ./htpasswd, max_users: -1 } }',
      'web: { enable: false }',
      'packages:',
      "  '@sessionkit/*': { access: $all, publish: $anonymous $authenticated }",
      "  '**': { access: $all }",
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const child = spawn(
    node,
    [join(registryDir, 'node_modules/verdaccio/bin/verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('Verdaccio did not start within 20 s');
}

function consumerProject(registryUrl, entry) {
  const dir = join(work, `consumer-${FOLDER[entry.name]}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const host = registryUrl.replace(/^http:/, '');
  writeFileSync(join(dir, '.npmrc'), `@sessionkit:registry=${registryUrl}\n${host}:_authToken=anonymous-dummy-token\n`);
  run('npm', ['install', entry.name, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  return dir;
}

/**
 * A fresh project with @sessionkit/genesys-journey, @sessionkit/redis (and the emulators, to answer): two clients
 * sharing one redisTokenCache and one redisRateLimiter on a redis-server started here make one token request.
 */
async function checkRedisConsumer(registryUrl) {
  const dir = join(work, 'consumer-redis');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const host = registryUrl.replace(/^http:/, '');
  writeFileSync(join(dir, '.npmrc'), `@sessionkit:registry=${registryUrl}\n${host}:_authToken=anonymous-dummy-token\n`);
  run(
    'npm',
    ['install', '@sessionkit/genesys-journey', REDIS, EMULATORS, '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd: dir,
    },
  );
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  check(
    `${REDIS}: installed with a client, one @sessionkit/core and ioredis`,
    !Object.keys(lock.packages).some((key) => /node_modules\/.+\/node_modules\/@sessionkit\/core$/.test(key)) &&
      existsSync(join(dir, 'node_modules', 'ioredis')),
  );
  check(`${REDIS}: the tarball carries its LICENSE`, existsSync(join(dir, 'node_modules', REDIS, 'LICENSE')));
  let hasRedis = true;
  try {
    run('redis-server', ['--version']);
  } catch {
    hasRedis = false;
  }
  if (!hasRedis) {
    check(`${REDIS}: redis-server is installed (apt-get install redis-server)`, false);
    return;
  }
  const port = await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  try {
    writeFileSync(
      join(dir, 'fleet.mjs'),
      [
        `import { GenesysJourneyClient } from '@sessionkit/genesys-journey';`,
        `import { startGenesysEmulator } from '${EMULATORS}/genesys';`,
        `import { redisRateLimiter, redisTokenCache } from '${REDIS}';`,
        `const genesys = await startGenesysEmulator({ seed: 2 });`,
        `const url = 'redis://127.0.0.1:${port}';`,
        `const stores = [];`,
        `const client = () => {`,
        `  const tokenCache = redisTokenCache({ url }); const rateLimiter = redisRateLimiter({ url });`,
        `  stores.push(tokenCache, rateLimiter);`,
        `  return new GenesysJourneyClient({ baseUrl: genesys.url, tokenUrl: genesys.url + '/oauth/token',`,
        `    clientId: 'id', clientSecret: 'secret', tokenCache, rateLimiter });`,
        `};`,
        `const id = genesys.seeded[0].id;`,
        `const reads = await Promise.all([client(), client(), client()].map((c) => c.sessions.get(id)));`,
        `console.log(JSON.stringify({ reads: reads.filter((s) => s.id === id).length, tokenRequests: genesys.tokenRequests }));`,
        `for (const store of stores) await store.close();`,
        `await genesys.close();`,
      ].join('\n'),
    );
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        if (run('redis-cli', ['-p', String(port), 'PING']).trim() === 'PONG') break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const output = tryRun(`${REDIS}: three clients run against redis-server`, node, ['fleet.mjs'], { cwd: dir });
    if (output === undefined) return;
    const result = JSON.parse(output.trim().split('\n').pop());
    check(
      `${REDIS}: three clients sharing redisTokenCache read 3 sessions with 1 token request`,
      result.reads === 3 && result.tokenRequests === 1,
      JSON.stringify(result),
    );
    const keys = run('redis-cli', ['-p', String(port), 'KEYS', '*'])
      .trim()
      .split('\n');
    check(
      `${REDIS}: its keys are namespaced and hold no secret`,
      keys.length > 0 && keys.every((key) => key.startsWith('sessionkit:') && !key.includes('secret')),
      keys.join(', '),
    );
  } finally {
    server.kill('SIGKILL');
  }
}

function checkConsumer(dir, entry) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const installed = Object.keys(lock.packages)
    .filter((key) => key.startsWith('node_modules/'))
    .map((key) => key.replace(/^node_modules\//, ''))
    .sort();
  const expected = ['@sessionkit/core', entry.name, 'ky', 'zod', ...(entry.extraDependencies ?? [])].sort();
  check(
    `${entry.name}: install brings exactly core, ky and zod${entry.extraDependencies ? ` (and ${entry.extraDependencies.join(', ')})` : ''}`,
    JSON.stringify(installed) === JSON.stringify(expected),
    installed.join(', '),
  );
  check(
    `${entry.name}: installed alone, it brings no emulator`,
    !installed.includes(EMULATORS) && !existsSync(join(dir, 'node_modules', EMULATORS)),
  );

  const esmLabel = `${entry.name}: import under Node ESM (${process.version})`;
  const esmCode = `import { ${entry.client} } from '${entry.name}'; import { SessionSchema } from '${entry.name}/schemas'; console.log(typeof ${entry.client}, typeof SessionSchema.parse);`;
  const esm = tryRun(esmLabel, node, ['--input-type=module', '-e', esmCode], { cwd: dir });
  if (esm !== undefined) check(esmLabel, esm.trim() === 'function function', esm.trim());

  check(
    `${entry.name}: the tarball carries its LICENSE (and core's too)`,
    existsSync(join(dir, 'node_modules', entry.name, 'LICENSE')) &&
      existsSync(join(dir, 'node_modules', '@sessionkit/core', 'LICENSE')),
  );

  const cjsLabel = `${entry.name}: require() on Node ${process.version}`;
  const cjs = tryRun(
    cjsLabel,
    node,
    ['-e', `const m = require('${entry.name}'); console.log(typeof m.${entry.client});`],
    { cwd: dir },
  );
  if (cjs !== undefined) check(cjsLabel, cjs.trim() === 'function', cjs.trim());

  writeFileSync(
    join(dir, 'consumer.ts'),
    [
      `import { ${entry.client}, type Session, SessionkitError } from '${entry.name}';`,
      `declare const session: Session;`,
      `const id: string = session.${entry.idField};`,
      `// @ts-expect-error: a Session's id is a string, not a number`,
      `const wrong: number = session.${entry.idField};`,
      `// @ts-expect-error: a misspelt response field does not compile`,
      `const typo = session.${entry.idField}x;`,
      `export const used = [${entry.client}, SessionkitError, id, wrong, typo];`,
      '',
    ].join('\n'),
  );
  for (const { label, ok, output, files } of typecheckConsumer(dir, ['--listFiles'])) {
    check(`${entry.name}: TypeScript consumer typechecks (${label}), Session is typed, typos fail`, ok, output);
    if (ok) {
      const zodFiles = files.split('\n').filter((file) => /node_modules\/(zod|ky)\//.test(file));
      check(
        `${entry.name}: its types load neither zod's nor ky's (${label})`,
        zodFiles.length === 0,
        zodFiles.slice(0, 2).join(', '),
      );
    }
  }
}

/**
 * Type-checks `consumer.ts` in `dir` as a strict user would (`strict`, `exactOptionalPropertyTypes`, no
 * `skipLibCheck`), once per module resolution, with `extra` compiler flags: `{ label, ok, output, files }` each, where
 * `output` is the first lines of a failure and `files` what tsc printed (the file list with `--listFiles`).
 */
function typecheckConsumer(dir, extra) {
  return CONSUMER_RESOLUTIONS.map(([label, options]) => {
    const args = [
      TSC,
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--target',
      'es2022',
      '--lib',
      'es2023,dom',
    ];
    try {
      const files = run(node, [...args, '--skipLibCheck', 'false', ...extra, ...options, 'consumer.ts'], { cwd: dir });
      return { label, ok: true, output: '', files };
    } catch (error) {
      const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(0, 5).join(' | ');
      return { label, ok: false, output, files: '' };
    }
  });
}

/** Starts the installed CLI and resolves with its first line (or rejects after 20 s). */
function firstLineOf(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no first line within 20 s: ${err.slice(0, 300)}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const end = out.indexOf('\n');
      if (end >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, end));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited with ${code} before its first line: ${err.slice(0, 300)}`));
    });
  });
}

async function checkEmulatorsConsumer(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const installed = Object.keys(lock.packages)
    .filter((key) => key.startsWith('node_modules/'))
    .map((key) => key.replace(/^node_modules\//, ''))
    .sort();
  check(
    `${EMULATORS}: install brings exactly the emulators and graphql`,
    JSON.stringify(installed) === JSON.stringify([EMULATORS, 'graphql']),
    installed.join(', '),
  );
  const root = join(dir, 'node_modules', EMULATORS);
  check(
    `${EMULATORS}: the tarball carries its LICENSE, the Highlight schemas and their Apache-2.0 notice`,
    ['LICENSE', 'dist/schema/private-graph.schema.graphqls', 'dist/schema/public-graph.schema.graphqls']
      .concat(['dist/schema/PROVENANCE.md', 'dist/schema/LICENSE-Apache-2.0.txt'])
      .every((file) => existsSync(join(root, file))),
  );

  // The CLI, as `npx sessionkit-emulator vapi` runs it: first line, a served request, a clean stop on SIGTERM.
  const bin = join(dir, 'node_modules', '.bin', 'sessionkit-emulator');
  const child = spawn(bin, ['vapi', '--sessions', '3', '--seed', '7'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await firstLineOf(child);
    const url = /^(http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1];
    check(`${EMULATORS}: the CLI prints its base URL and credentials first`, url && /API key/.test(line), line);
    const page = url
      ? await fetch(`${url}/session`, { headers: { authorization: 'Bearer any' } }).then((r) => r.json())
      : {};
    check(
      `${EMULATORS}: the CLI serves the seeded sessions`,
      page.results?.length === 3,
      JSON.stringify(page).slice(0, 200),
    );
    const stopped = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    check(`${EMULATORS}: the CLI stops cleanly on SIGTERM`, (await stopped) === 0);
  } catch (error) {
    check(`${EMULATORS}: the CLI starts`, false, error.message);
    child.kill('SIGKILL');
  }

  // The API, under Node ESM: each vendor entry starts, answers in its vendor's shape, resets and closes.
  const apiCode = [
    `import { startVapiEmulator } from '${EMULATORS}/vapi';`,
    `import { startGenesysEmulator } from '${EMULATORS}/genesys';`,
    `import { startHighlightEmulator } from '${EMULATORS}/highlight';`,
    `const vapi = await startVapiEmulator({ seed: 2 });`,
    `vapi.failNext(1, { status: 503 });`,
    `const failed = await fetch(vapi.url + '/session', { headers: { authorization: 'Bearer k' } });`,
    `const ok = await fetch(vapi.url + '/session', { headers: { authorization: 'Bearer k' } }).then((r) => r.json());`,
    `const genesys = await startGenesysEmulator({ seed: 2 });`,
    `const missing = await fetch(genesys.url + '/api/v2/journey/segments');`,
    `const highlight = await startHighlightEmulator({ seed: 2 });`,
    `const graph = await fetch(highlight.publicGraphUrl, { method: 'POST', headers: { 'content-type': 'application/json' },`,
    `  body: JSON.stringify({ query: 'query { sampling(organization_verbose_id: "1") { spans { samplingRatio } } }' }) }).then((r) => r.json());`,
    `vapi.reset();`,
    `console.log(JSON.stringify({ failed: failed.status, ok: ok.results.length, missing: missing.status, graph }));`,
    `await Promise.all([vapi.close(), genesys.close(), highlight.close()]);`,
  ].join('\n');
  const api = tryRun(`${EMULATORS}: the API under Node ESM`, node, ['--input-type=module', '-e', apiCode], {
    cwd: dir,
  });
  if (api !== undefined) {
    const expected = JSON.stringify({ failed: 503, ok: 2, missing: 401, graph: { data: { sampling: { spans: [] } } } });
    check(`${EMULATORS}: the API under Node ESM (${process.version})`, api.trim() === expected, api.trim());
  }

  writeFileSync(
    join(dir, 'consumer.ts'),
    [
      `import { startVapiEmulator, type VapiEmulator, type Failure } from '${EMULATORS}/vapi';`,
      `import { startGenesysEmulator } from '${EMULATORS}/genesys';`,
      `import { startHighlightEmulator, type HighlightEmulator } from '${EMULATORS}/highlight';`,
      `import { createTestServer, type RecordedRequest } from '${EMULATORS}/server';`,
      `declare const vapi: VapiEmulator;`,
      `declare const highlight: HighlightEmulator;`,
      `const failure: Failure = { status: 503 };`,
      `vapi.failNext(1, failure, { method: 'GET', path: /^\\/session/ });`,
      `const when: Date = vapi.clock.advance(1_000);`,
      `const calls: readonly RecordedRequest[] = highlight.server.calls;`,
      `// @ts-expect-error: failNext takes a status or 'reset'`,
      `vapi.failNext(1, 'timeout');`,
      `export const used = [startVapiEmulator, startGenesysEmulator, startHighlightEmulator, createTestServer, when, calls];`,
      '',
    ].join('\n'),
  );
  const types = ['--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types')];
  for (const { label, ok, output } of typecheckConsumer(dir, types)) {
    check(`${EMULATORS}: TypeScript consumer typechecks (${label})`, ok, output);
  }
}

function statusAfter(changeset) {
  const file = join(clone, '.changeset', 'release-dry-probe.md');
  writeFileSync(file, `---\n${changeset}\n---\n\nProbe.\n`);
  const out = join(work, 'status.json');
  // Staged, and read --since=HEAD (the versioning is committed): only the probe counts, on main as on a branch.
  run('git', ['add', file], { cwd: clone });
  try {
    run('pnpm', ['changeset', 'status', '--since=HEAD', `--output=${out}`], { cwd: clone });
  } finally {
    run('git', ['rm', '-q', '--cached', file], { cwd: clone });
    rmSync(file);
  }
  const status = JSON.parse(readFileSync(out, 'utf8'));
  return Object.fromEntries(
    status.releases.filter((release) => release.type !== 'none').map((release) => [release.name, release.type]),
  );
}

let registry;
try {
  step(`clone the committed repo into ${clone}`);
  run('git', ['clone', '--quiet', repoRoot, clone]);
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], { cwd: clone });

  step('apply pending changesets (changeset version)');
  const before = versionsOf(clone);
  try {
    console.log(run('pnpm', ['changeset', 'version'], { cwd: clone }).trim());
  } catch (error) {
    console.log(`no pending changesets (${String(error.stdout ?? '').trim()})`);
  }
  const after = versionsOf(clone);
  for (const name of PUBLIC) console.log(`  ${name}: ${before[name]} -> ${after[name]}`);
  // As the version PR would be: committed, so the versioning probes below see only their own changeset.
  run('git', ['add', '-A'], { cwd: clone });
  run('git', ['-c', 'user.name=release-dry', '-c', 'user.email=release-dry@localhost', 'commit', '-qm', 'Version'], {
    cwd: clone,
  });

  step('build the public packages');
  run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'], { cwd: clone });

  step('start Verdaccio on 127.0.0.1 and publish');
  registry = await startRegistry();
  const host = registry.url.replace(/^http:/, '');
  writeFileSync(
    join(clone, '.npmrc'),
    `@sessionkit:registry=${registry.url}\n${host}:_authToken=anonymous-dummy-token\n`,
  );
  const published = run('pnpm', ['changeset', 'publish', '--no-git-tag'], { cwd: clone });
  for (const name of PUBLIC) {
    const view = run('npm', ['view', `${name}@${after[name]}`, 'version', '--registry', registry.url], {
      cwd: work,
    }).trim();
    check(
      `${name}@${after[name]} published to the local registry`,
      view === after[name],
      view || published.slice(-200),
    );
  }

  step('install each client alone in a fresh project and use it');
  for (const entry of CLIENTS) {
    const idField = entry.name === '@sessionkit/highlight' ? 'secure_id' : 'id';
    checkConsumer(consumerProject(registry.url, entry), { ...entry, idField });
  }

  step(`install ${EMULATORS} alone in a fresh project and use its CLI and API`);
  await checkEmulatorsConsumer(consumerProject(registry.url, { name: EMULATORS }));

  step(`install ${REDIS} alongside @sessionkit/genesys-journey and run them against a real redis-server`);
  await checkRedisConsumer(registry.url);

  step('versions are independent');
  const vendorOnly = statusAfter('"@sessionkit/vapi": patch');
  check(
    'a vapi changeset bumps only @sessionkit/vapi',
    JSON.stringify(vendorOnly) === JSON.stringify({ '@sessionkit/vapi': 'patch' }),
    JSON.stringify(vendorOnly),
  );
  const coreMinor = statusAfter('"@sessionkit/core": minor');
  const dependentsPatched = CLIENTS.every((entry) => coreMinor[entry.name] === 'patch');
  check(
    'a core minor bumps core, and each dependent by patch (its ^ range no longer covers core)',
    coreMinor['@sessionkit/core'] === 'minor' && dependentsPatched,
    JSON.stringify(coreMinor),
  );
  const corePatch = statusAfter('"@sessionkit/core": patch');
  check(
    'a core patch bumps core only (every dependent range still covers it)',
    JSON.stringify(corePatch) === JSON.stringify({ '@sessionkit/core': 'patch' }),
    JSON.stringify(corePatch),
  );
} catch (error) {
  check(
    'release dry run completed',
    false,
    `${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`.slice(0, 2000),
  );
} finally {
  registry?.child.kill('SIGTERM');
  if (!keep) rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`\nrelease dry run: ${results.length - failed} checks passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
