// Checks that every public export of every published package (what its src/index.ts exports) carries a TSDoc
// comment with an @example. Prints each gap and exits 1 when there is any.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'src', 'index.ts'))
  .filter((file) => existsSync(file));

const program = ts.createProgram(packages, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
});
const checker = program.getTypeChecker();

function documentation(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declarations = target.declarations ?? [];
  const hasComment = declarations.some((declaration) => ts.getJSDocCommentsAndTags(declaration).length > 0);
  const hasExample = declarations.some((declaration) =>
    ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'),
  );
  return { hasComment, hasExample };
}

let gaps = 0;
let checked = 0;
for (const file of packages) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  const name = file.split('/packages/')[1].split('/')[0];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    checked += 1;
    const { hasComment, hasExample } = documentation(symbol);
    if (!hasComment || !hasExample) {
      gaps += 1;
      console.log(`@sessionkit/${name}: ${symbol.name} — ${hasComment ? 'no @example' : 'no TSDoc comment'}`);
    }
  }
}
console.log(`TSDoc: ${checked - gaps} of ${checked} public exports documented with an example`);
process.exit(gaps === 0 ? 0 : 1);
