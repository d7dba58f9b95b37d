import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What installing a package brings: how many packages and how many bytes on disk (unpacked). */
export interface Footprint {
  readonly packages: number;
  readonly bytes: number;
  readonly names: readonly string[];
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}

function findPackage(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Published size of a workspace package (what `npm pack` would ship), or the installed size of a registry one. */
function packageBytes(dir: string, manifest: { private?: boolean }): number {
  const isWorkspace = !dir.includes(`${join('node_modules', '.pnpm')}`);
  if (!isWorkspace || manifest.private) return directorySize(dir);
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return (JSON.parse(output) as Array<{ unpackedSize: number }>)[0]?.unpackedSize ?? 0;
}

/** The runtime dependency closure of `name` (dependencies and required peers), resolved from `fromDir`. */
export function installFootprint(name: string, fromDir: string): Footprint {
  const seen = new Map<string, number>();
  const visit = (packageName: string, from: string): void => {
    if (seen.has(packageName)) return;
    const dir = findPackage(packageName, from);
    if (!dir) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      private?: boolean;
    };
    seen.set(packageName, packageBytes(dir, manifest));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      if (!manifest.peerDependenciesMeta?.[peer]?.optional) visit(peer, dir);
    }
  };
  visit(name, fromDir);
  return {
    packages: seen.size,
    bytes: [...seen.values()].reduce((sum, bytes) => sum + bytes, 0),
    names: [...seen.keys()],
  };
}
