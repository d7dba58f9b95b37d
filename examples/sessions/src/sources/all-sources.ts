import type { DemoSource } from './demo-source.ts';
import { genesysSource } from './genesys-source.ts';
import { highlightSource } from './highlight-source.ts';
import { vapiSource } from './vapi-source.ts';

/** Every vendor the demo shows, each live or emulated depending on the environment. */
export async function allSources(env: NodeJS.ProcessEnv): Promise<DemoSource[]> {
  return Promise.all([vapiSource(env), genesysSource(env), highlightSource(env)]);
}
