import type { OpenAPIBackend } from 'openapi-backend';
import { type Exchange, type ValidatingFetchOptions, type Violation, validatingFetch } from './validating-fetch.ts';

/**
 * Contract scenarios over one spec: each scenario gets a fresh validating `fetch` (`start()`), its violations are
 * read at the end (`finish()`), and the operations every finished scenario reached are collected, so a last test can
 * check that the scenarios covered the whole contract.
 */
export class ContractCoverage {
  /** Operation ids reached by finished scenarios (`undefined` for a request that matched none). */
  readonly covered = new Set<string | undefined>();
  readonly #api: OpenAPIBackend;
  readonly #options: ValidatingFetchOptions;
  #scenarios = 0;
  #current: ReturnType<typeof validatingFetch> | undefined;

  constructor(api: OpenAPIBackend, options: ValidatingFetchOptions = {}) {
    this.#api = api;
    this.#options = options;
  }

  /** Begins a scenario; returns the validating `fetch` to give the client. */
  start(): ReturnType<typeof validatingFetch>['fetch'] {
    this.#current = validatingFetch(this.#api, this.#options);
    return this.#current.fetch;
  }

  /** The exchanges of the current scenario so far. */
  get exchanges(): readonly Exchange[] {
    return this.#current?.exchanges ?? [];
  }

  /** Ends the current scenario and returns its violations (none when the client kept the contract). */
  finish(): readonly Violation[] {
    for (const exchange of this.exchanges) this.covered.add(exchange.operationId);
    this.#scenarios += 1;
    return this.#current?.violations ?? [];
  }

  /** How many scenarios have finished. */
  get scenarios(): number {
    return this.#scenarios;
  }
}
