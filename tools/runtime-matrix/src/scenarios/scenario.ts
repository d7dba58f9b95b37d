// Runs inside every runtime of the matrix (bundled by esbuild with the client): only web-standard globals here.

/** One step of a scenario as the runtime saw it. */
export interface StepResult {
  readonly name: string;
  readonly ok: boolean;
  /** Wall time of the step inside the runtime, in milliseconds. */
  readonly ms: number;
  /** What the step got (an id, a count, an error class and status), or why it failed. */
  readonly detail: string;
}

/** What a scenario reports back: the runtime it ran in (as it names itself) and its steps, in order. */
export interface ScenarioResult {
  readonly runtime: string;
  readonly ok: boolean;
  readonly steps: readonly StepResult[];
}

/** A named step: resolves with a short detail, or throws. */
export type Step = readonly [name: string, run: () => Promise<string>];

interface RuntimeGlobals {
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  navigator?: { userAgent?: string };
  process?: { versions?: { node?: string } };
}

/** The runtime this code runs in, as it names itself: `node/22.23.5`, `deno/2.9.6`, `bun/1.4.5`, `workerd`. */
export function runtimeName(): string {
  const scope = globalThis as RuntimeGlobals;
  if (typeof scope.Deno?.version?.deno === 'string') return `deno/${scope.Deno.version.deno}`;
  if (typeof scope.Bun?.version === 'string') return `bun/${scope.Bun.version}`;
  if (scope.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
  if (typeof scope.process?.versions?.node === 'string') return `node/${scope.process.versions.node}`;
  return 'unknown';
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return `${error.constructor.name}${status === undefined ? '' : ` ${String(status)}`}: ${error.message}`;
  }
  return String(error);
}

/** Runs the steps in order and stops at the first that fails. */
export async function runSteps(steps: readonly Step[]): Promise<ScenarioResult> {
  const results: StepResult[] = [];
  for (const [name, run] of steps) {
    const started = performance.now();
    try {
      const detail = await run();
      results.push({ name, ok: true, ms: Math.round(performance.now() - started), detail });
    } catch (error) {
      results.push({ name, ok: false, ms: Math.round(performance.now() - started), detail: describeError(error) });
      break;
    }
  }
  return { runtime: runtimeName(), ok: results.length === steps.length && results.every((s) => s.ok), steps: results };
}

/**
 * The typed-404 step: `get` must reject with the client's own `NotFoundError` class (checked with `instanceof` in
 * this runtime, on the class this bundle carries) and status 404.
 */
export async function expectNotFound(
  get: () => PromiseLike<unknown>,
  NotFound: abstract new (...args: never[]) => Error,
): Promise<string> {
  try {
    await get();
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (error instanceof NotFound && status === 404) return `${error.constructor.name} ${status}`;
    throw new Error(`expected ${NotFound.name} with status 404, got ${describeError(error)}`);
  }
  throw new Error(`expected ${NotFound.name}, got a value`);
}

/** How one client lists, gets and fails to find a session, for `listGetNotFound`. */
export interface SessionSteps<S> {
  /** The first page of at most two sessions. */
  readonly list: () => PromiseLike<{ readonly items: readonly S[] }>;
  readonly get: (id: string) => PromiseLike<S>;
  /** A session's identifying field (`id`, Highlight's `secure_id`). */
  readonly idOf: (session: S) => string;
  /** An id no session has. */
  readonly missingId: string;
  /** The client's own `NotFoundError` class. */
  readonly NotFound: abstract new (
    ...args: never[]
  ) => Error;
}

/**
 * The steps every client runs in every runtime: list a page, get its first session back by id, and a typed 404 for
 * an id no session has.
 */
export function listGetNotFound<S>(client: SessionSteps<S>): Step[] {
  let firstId = '';
  return [
    [
      'list',
      async () => {
        const page = await client.list();
        firstId = page.items[0] ? client.idOf(page.items[0]) : '';
        if (!firstId) throw new Error('the first page is empty');
        return `${page.items.length} sessions`;
      },
    ],
    [
      'get',
      async () => {
        const id = client.idOf(await client.get(firstId));
        if (id !== firstId) throw new Error(`asked for ${firstId}, got ${id}`);
        return id;
      },
    ],
    ['not-found', () => expectNotFound(() => client.get(client.missingId), client.NotFound)],
  ];
}

/** Exits the process of a command-line runtime (Node, Deno, Bun) once the result is printed. */
export function exitProcess(code: number): void {
  const scope = globalThis as { Deno?: { exit(code: number): never }; process?: { exit(code: number): never } };
  if (scope.Deno) scope.Deno.exit(code);
  scope.process?.exit(code);
}

/** The line a command-line runtime prints its result on, read back by the test. */
export const RESULT_MARKER = '@@sessionkit-runtime-matrix@@ ';

/** Runs a scenario in a command-line runtime: prints one marked JSON line, then exits (0 = the scenario passed). */
export async function runAndPrint<C>(run: (config: C) => Promise<ScenarioResult>, config: C): Promise<void> {
  let result: ScenarioResult;
  try {
    result = await run(config);
  } catch (error) {
    result = {
      runtime: runtimeName(),
      ok: false,
      steps: [{ name: 'start', ok: false, ms: 0, detail: describeError(error) }],
    };
  }
  console.log(`${RESULT_MARKER}${JSON.stringify(result)}`);
  exitProcess(result.ok ? 0 : 1);
}
