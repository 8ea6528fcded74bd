/**
 * node-postgres' Pool, except that `query()` keeps its connection when PostgreSQL refused the
 * statement. pg-pool's own `query()` releases the connection with the error, which CLOSES it, for
 * any error: a unique violation as much as a broken socket. Expected refusals are part of normal
 * work here: at the deadline, every double-clicked submission's second request meets the unique
 * index on its idempotency key (submit-new.ts), and Prisma's P2002 conflicts go through this
 * `query()` too (@prisma/adapter-pg). Under `npm run bench:surge` that made the app open about 15
 * new PostgreSQL connections a second (pg_stat_database.sessions), each a backend started with
 * cold caches while 200 people waited (issue 11).
 *
 * The connection goes back to the pool only when all of these hold (anything else closes it, as
 * pg-pool does):
 * - PostgreSQL answered with severity ERROR (a DatabaseError: unique violation, check constraint,
 *   division by zero…), not FATAL or PANIC, and not a class that means the session or server is in
 *   trouble (08 connection, 57P operator intervention, 58 system, XX internal);
 * - not a named prepared statement, nor 26000 / 0A000 (a statement the server no longer has, or
 *   whose plan changed under a migration): node-postgres remembers it was prepared on this
 *   connection and would never prepare it again there;
 * - once PostgreSQL is ready again, the session is outside any transaction (a multi-statement
 *   text with BEGIN could otherwise leave it in a failed one).
 * Severity is PostgreSQL's localised field: with a non-English lc_messages nothing is kept, which
 * is pg-pool's behaviour. Callback and submittable (cursor, COPY) forms keep pg-pool's own.
 */
import pg from "pg";

type Config = string | (pg.QueryConfig & { callback?: unknown; submit?: unknown; name?: string });

export class Pool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    const original = pg.Pool.prototype.query;
    this.query = ((config: Config, values?: unknown, callback?: unknown) => {
      const withCallback = typeof values === "function" || typeof callback === "function" || (typeof config === "object" && typeof config?.callback === "function");
      const submittable = typeof config === "object" && typeof config?.submit === "function";
      if (withCallback || submittable) return (original as (...args: unknown[]) => unknown).call(this, config, values, callback);
      return this.queryKeepingConnection(config, values as unknown[] | undefined);
    }) as pg.Pool["query"];
  }

  private async queryKeepingConnection(config: Config, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await this.connect();
    // A connection lost between checkout and the query's reply is reported as an 'error' event;
    // unheard, it would end the process (pg-pool's query() listens for the same reason).
    let lost: Error | undefined;
    const onError = (e: Error) => (lost = e);
    client.on("error", onError);
    try {
      const result = await client.query(config, values);
      client.removeListener("error", onError);
      client.release(lost);
      return result;
    } catch (e) {
      const keep = !lost && refusedStatement(e, config) && (await outsideTransactionAgain(client));
      client.removeListener("error", onError);
      client.release(keep ? undefined : (lost ?? (e as Error)));
      throw e;
    }
  }
}

/** PostgreSQL refused the statement and the session can go on (see above). */
function refusedStatement(e: unknown, config: Config): boolean {
  if (!(e instanceof pg.DatabaseError) || e.severity !== "ERROR") return false;
  if (typeof config === "object" && config.name) return false;
  const code = e.code ?? "";
  return !/^(08|57P|58|XX)/.test(code) && code !== "26000" && code !== "0A000";
}

/**
 * Resolves once PostgreSQL is ready for the next query on `client` (its ReadyForQuery arrives just
 * after the error that rejected the query), true when the session is then idle outside a
 * transaction; false when the connection ends first.
 */
function outsideTransactionAgain(client: pg.PoolClient): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      client.removeListener("drain", ready);
      client.removeListener("end", ended);
      client.removeListener("error", ended);
      resolve(ok && client.getTransactionStatus() === "I");
    };
    const ready = () => finish(true);
    const ended = () => finish(false);
    if ((client as unknown as { readyForQuery: boolean }).readyForQuery) return finish(true);
    client.on("drain", ready);
    client.on("end", ended);
    client.on("error", ended);
  });
}
