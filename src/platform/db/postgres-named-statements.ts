import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** How many statements one process names: each is kept by every connection that ran it. */
const MAX_NAMED = 256;
/** How many distinct texts are counted before new ones stop being candidates. */
const MAX_COUNTED = 10_000;

/**
 * PostgreSQL parses and plans an unnamed statement at every execution, and Kysely sends every
 * query unnamed: for a webhook's dozen short statements that was about a sixth of the backends'
 * CPU per order (4.6–5.1 ms, 4.1–4.2 ms named; 2026-12-05). A text run a second time is given a
 * name, so each connection parses it once and PostgreSQL may keep its plan. Only repeated texts
 * with values are named, at most `MAX_NAMED` of them (a connection keeps every statement it
 * prepared until it closes).
 *
 * A prepared statement can go stale: a column added under a `select *` fails it with
 * "cached plan must not change result type" (0A000), as a migration run by a newer process
 * would. The failing query's error stands (its transaction is lost anyway), and its text gets
 * a new name, which every connection prepares afresh.
 */
class NamedStatements {
  readonly #names = new Map<string, string>();
  readonly #counts = new Map<string, number>();
  #next = 0;

  /** The query config for `text`: named once the text has been run before. */
  configOf(text: string, values: ReadonlyArray<unknown>): pg.QueryConfig {
    // Without values pg sends the text in one simple-protocol message (begin, commit, DDL), and
    // a named statement would take the extended protocol's several instead.
    if (values.length === 0) return { text };
    const config: pg.QueryConfig = { text, values: values as unknown[] };
    const name = this.#names.get(text) ?? this.#nameIfRepeated(text);
    if (name !== undefined) config.name = name;
    return config;
  }

  /** Forgets the name of a statement PostgreSQL no longer accepts: the next run prepares it anew. */
  failed(text: string, error: unknown): void {
    const code = (error as { code?: string } | null)?.code;
    // 0A000: the plan changed its result type; 26000: the statement is gone (e.g. DISCARD ALL).
    if ((code === '0A000' || code === '26000') && this.#names.has(text)) {
      this.#names.set(text, `tl_${this.#next++}`);
    }
  }

  #nameIfRepeated(text: string): string | undefined {
    const count = this.#counts.get(text);
    if (count === undefined) {
      if (this.#counts.size < MAX_COUNTED) this.#counts.set(text, 1);
      return undefined;
    }
    if (this.#names.size >= MAX_NAMED) return undefined;
    const name = `tl_${this.#next++}`;
    this.#names.set(text, name);
    this.#counts.delete(text);
    return name;
  }
}

/** A pool whose clients run Kysely's queries as named statements once they repeat. */
export function namedStatementsPool(pool: pg.Pool): PostgresPool {
  const statements = new NamedStatements();
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = async (text: string, values: ReadonlyArray<unknown>) => {
      try {
        return await client.query(statements.configOf(text, values));
      } catch (error) {
        statements.failed(text, error);
        throw error;
      }
    };
    // Kysely passes either a text with its values or a cursor (streamed reads, left as they are).
    const run = (textOrCursor: unknown, values?: ReadonlyArray<unknown>): unknown =>
      typeof textOrCursor === 'string'
        ? query(textOrCursor, values ?? [])
        : client.query(textOrCursor as pg.Submittable);
    return {
      query: run as PostgresPoolClient['query'],
      release: () => client.release(),
    };
  };
  return {
    async connect() {
      const client = await pool.connect();
      let facade = wrapped.get(client);
      if (!facade) {
        facade = wrap(client);
        wrapped.set(client, facade);
      }
      return facade;
    },
    end: () => pool.end(),
  };
}
