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
 * A statement PostgreSQL refused with severity ERROR (a DatabaseError: unique violation, check
 * constraint, division by zero…) leaves the connection as good as before outside a transaction,
 * and `query()` never runs inside one, so it goes back to the pool. Anything else still closes
 * it: FATAL or PANIC (the server ends the session: terminated, shutting down), a closed socket, a
 * protocol error.
 * Callback and submittable (cursor, COPY) forms keep pg-pool's own behaviour.
 */
import pg from "pg";

export class Pool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    const original = pg.Pool.prototype.query;
    this.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const promiseForm = typeof values !== "function" && typeof callback !== "function";
      const submittable = typeof (config as { submit?: unknown })?.submit === "function";
      if (!promiseForm || submittable) return (original as (...args: unknown[]) => unknown).call(this, config, values, callback);
      return this.queryKeepingConnection(config as string | pg.QueryConfig, values as unknown[] | undefined);
    }) as pg.Pool["query"];
  }

  private async queryKeepingConnection(config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await this.connect();
    // A connection lost between checkout and the query's reply is reported as an 'error' event;
    // unheard, it would end the process (pg-pool's query() listens for the same reason).
    let lost: Error | undefined;
    const onError = (e: Error) => (lost = e);
    client.on("error", onError);
    let failure: unknown;
    try {
      return await client.query(config, values);
    } catch (e) {
      failure = e;
      throw e;
    } finally {
      client.removeListener("error", onError);
      client.release(lost ?? (failure && !refusedStatement(failure) ? (failure as Error) : undefined));
    }
  }
}

/** PostgreSQL refused the statement and the session goes on. */
const refusedStatement = (e: unknown) => e instanceof pg.DatabaseError && e.severity === "ERROR";
