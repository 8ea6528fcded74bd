/**
 * Driver adapter factory for the Prisma CLI's wasm schema engine (migrate deploy/diff/dev/reset).
 *
 * Why it exists: Prisma 6.19.3 runs migrations offline only with `engine: "js"` and a driver
 * adapter, and @prisma/adapter-pg 6.19.3 has two defects on that path (../shared/notes/stack.md):
 *  1. the schema engine reads pg_catalog columns of type `name` (OID 19) and `"char"` (OID 18),
 *     which the adapter cannot deserialise (prisma/orm#27403) — we report them as text (OID 25);
 *  2. its shadow database is built from `{...config, database}`, where a connection string wins,
 *     so the "shadow" is the main database — we create and drop a uniquely named one ourselves;
 *  3. its executeScript splits a migration on every ";", also inside a dollar-quoted function
 *     body (a PL/pgSQL trigger function, prisma/migrations/*_published_facet_counts) — we split
 *     outside dollar quotes only (splitStatements); a script without them splits as before.
 * The application does not use this module: it uses PrismaPg directly (lib/db.ts).
 *
 * @throws Error when DATABASE_URL is unset or not a PostgreSQL URL.
 */
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { randomBytes } from "node:crypto";

const TEXT_OID = 25;
const NAME_OID = 19;
const CHAR_OID = 18;

/** A pool whose results report `name`/`"char"` columns as text (defect 1). */
class CatalogSafePool extends pg.Pool {
  // pg's query() has many overloads; the schema engine uses the promise form only.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (!result || typeof result.then !== "function") return result;
    return result.then((res: pg.QueryResult) => {
      for (const field of res?.fields ?? []) {
        if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
      return res;
    });
  }
}

function poolFor(config: pg.PoolConfig): pg.Pool {
  const pool = new CatalogSafePool({ ...config, max: 2 });
  // A connection killed by DROP DATABASE ... WITH (FORCE) must not crash the CLI.
  pool.on("error", () => {});
  return pool;
}

function discreteConfig(url: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? "localhost",
    port: c.port ? Number(c.port) : 5432,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: c.database ?? undefined,
  };
}

/**
 * `script` cut into statements at each ";" that is not inside a dollar-quoted string
 * (`$fn$ … $fn$`, `$$ … $$`): defect 3. Statements are trimmed, empty ones dropped, as the
 * adapter's own split does.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64))?.[0];
    if (tag) {
      const end = script.indexOf(tag, i + tag.length);
      i = end < 0 ? script.length : end + tag.length;
    } else if (script[i] === ";") {
      statements.push(script.slice(start, i));
      start = ++i;
    } else i++;
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}

type ScriptAdapter = { executeScript(script: string): Promise<void> };
type Connectable = { connect(): Promise<ScriptAdapter> };
/** What the adapter's own executeScript uses (@prisma/adapter-pg 6.19.3, dist/index.mjs). */
type AdapterInternals = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };

/** Makes the adapters `factory` connects run scripts split by splitStatements. */
function withDollarQuotedScripts<F extends Connectable>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = (async () => {
    const adapter = await connect();
    const inner = adapter as unknown as AdapterInternals;
    // As the adapter's own executeScript, with the split above.
    adapter.executeScript = async (script: string) => {
      for (const statement of splitStatements(script)) {
        try {
          await inner.client.query(statement);
        } catch (error) {
          inner.onError(error);
        }
      }
    };
    return adapter;
  }) as F["connect"];
  return factory;
}

/** Factory handed to `prisma.config.ts`. */
export function cliAdapterFactory(url: string | undefined) {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("DATABASE_URL must be set to a postgresql:// URL for Prisma CLI commands.");
  }
  const config = discreteConfig(url);
  const factory = withDollarQuotedScripts(new PrismaPg(poolFor(config)));
  return Object.assign(factory, {
    /** Defect 2: a real, separate shadow database, dropped after use. */
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ ...config, database: "postgres" });
      admin.on("error", () => {});
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadowPool = poolFor({ ...config, database: name });
      const adapter = await withDollarQuotedScripts(new PrismaPg(shadowPool)).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose().catch(() => {});
        await shadowPool.end().catch(() => {});
        const dropper = new pg.Client({ ...config, database: "postgres" });
        dropper.on("error", () => {});
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  });
}
