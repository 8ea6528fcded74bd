/**
 * `npm run bench:surge`: the deadline crowd (issue 11).
 *
 * Starts its own embedded PostgreSQL, the production build (`.next-bench`) and `next start`
 * (scripts/bench/environment.ts), creates N distinct verified contributors (default 200) with a
 * database session each, and lets all of them submit general inputs at the same time for
 * `--duration` seconds (default 60) through the real HTTP server action, as the browser does: a
 * POST to the form's page with the `Next-Action` header (the action's id, read from the build's
 * server reference manifest) and the React-encoded arguments as the body. One submission in five is
 * sent twice at once with the same idempotency key (a double click).
 *
 * Then it counts the database: every acknowledged submission must be stored with the reference
 * number it was given, none twice, and the consultation's numbers must run 1…n without a gap.
 * In the same run, on the same database, it does the same writes through a bare `pg` pool (one
 * transaction: row with its unique key, gapless counter, version, audit events, outbox e-mail)
 * with the same concurrency, for comparison.
 *
 * Prints one JSON line ("connectionsOpened": PostgreSQL sessions the portal started during the
 * run, none beyond filling its pool when the pool keeps its connections). Flags: `--n=200`,
 * `--duration=60`, `--bare-duration=<s>` (default: the same), `--bare-pool=10`, `--skip-build`, `--no-bare`, `--drafts=<k>` (each contributor's form
 * was autosaved before the deadline: k saved drafts per person, written before the run, and each
 * submission submits one of them, as the form does with its key), `--apps=<k>` (k app servers on the
 * same build and database, contributors spread over them as a proxy would: does a second server
 * use the machine's second core?). Environment variables given to the benchmark (e.g.
 * DATABASE_POOL_MAX) reach the servers.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { percentile } from "./bench/measure";
import { cpuSampler } from "./bench/cpu";
import { post } from "./bench/http-post";
import { startBenchEnvironment } from "./bench/environment";
import { actionId, actionResult } from "./lib/server-actions";

const flag = (name: string, fallback: number) => {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.split("=")[1]) : fallback;
};
const N = flag("n", 200);
const DRAFTS = flag("drafts", 0);
const DURATION_S = flag("duration", 60);
const BARE_DURATION_S = flag("bare-duration", DURATION_S);
const BARE_POOL = flag("bare-pool", 10);
const APPS = flag("apps", 1);
const REQUEST_TIMEOUT_MS = 60_000;

const paragraph = (i: number) =>
  `Paragraph ${i}. The WSIS+20 review should keep the multistakeholder model, extend meaningful connectivity to the unconnected, ` +
  `and measure progress on the Action Lines with comparable indicators across regions. `;
const BODY = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join("\n\n");

interface Outcome {
  key: string;
  ms: number;
  ok: boolean;
  code?: string;
  referenceNumber?: string;
  id?: string;
}

async function main() {
  const environment = await startBenchEnvironment();
  try {
    const { databaseUrl } = environment;
    const bases = [await environment.startApp()];
    while (bases.length < APPS) bases.push(await environment.startAnotherApp());
    const distDir = environment.appEnv.NEXT_DIST_DIR;
    const submitAction = actionId(distDir, "submitContributionAction", "submit-contribution");

    // N verified contributors of the seeded organisations, each signed in (a database session).
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const consultation = (await admin.query(`SELECT id, slug, code FROM "Consultation" WHERE 'GENERAL_INPUT' = ANY("allowedTypes") ORDER BY "createdAt" LIMIT 1`)).rows[0];
    const organisations = (await admin.query(`SELECT id FROM "Organisation" WHERE verified ORDER BY "shortCode"`)).rows.map((r) => r.id as string);
    const people: { cookie: string; organisationId: string; userId: string; drafts: string[]; base: string }[] = [];
    for (let i = 0; i < N; i++) {
      const organisationId = organisations[i % organisations.length];
      const user = await admin.query(`INSERT INTO "User" (id, email, name, "emailVerified", locale) VALUES ($1, $2, $3, now(), 'en') RETURNING id`, [
        `surge-user-${i}`,
        `surge-${i}@example.org`,
        `Surge contributor ${i}`,
      ]);
      await admin.query(`INSERT INTO "Membership" (id, "userId", "organisationId", role, "verifiedAt") VALUES ($1, $2, $3, 'CONTRIBUTOR', now())`, [`surge-member-${i}`, user.rows[0].id, organisationId]);
      // A session as the form's page left it: loading that page extends a session once a day (to 30
      // days, lib/auth/load-actor.ts), so the submission after it does not. (Expiring in 2 hours,
      // as here before, charged every person's first submission that write, which belongs to a
      // page load the crowd skips.)
      const token = randomBytes(32).toString("hex");
      await admin.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '30 days')`, [`surge-session-${i}`, token, user.rows[0].id]);
      people.push({ cookie: `next-auth.session-token=${token}`, organisationId, userId: user.rows[0].id, drafts: [], base: bases[i % bases.length] });
    }

    // The warm-up's response: a few hundred bytes, unless something made Next.js re-render the whole
    // page into it (x-action-revalidated: a cookie set during the action, or a revalidatePath).
    let warmResponse: { bytes: number; encoding: string; pageRendered: boolean } | undefined;
    // Drafts saved by the form's autosave before the deadline (what saveDraft writes for a new form).
    if (DRAFTS > 0) {
      for (const person of people) {
        const keys = Array.from({ length: DRAFTS }, () => randomUUID());
        await admin.query(
          `WITH d AS (
             INSERT INTO "Contribution" (id, "consultationId", "organisationId", "createdById", type, status, "idempotencyKey", title, summary, body, language, "actionLines", sdgs, "updatedAt")
             SELECT 'draft-' || k, $1, $2, $3, 'GENERAL_INPUT', 'DRAFT', k, 'Surge draft', 'Draft summary', $4, 'en', '{C1}', '{}', now() FROM unnest($5::text[]) AS k
             RETURNING id)
           INSERT INTO "AuditEvent" (id, "actorId", action, "contributionId", "toStatus") SELECT gen_random_uuid()::text, $3, 'contribution.create', id, 'DRAFT' FROM d`,
          [consultation.id, person.organisationId, person.userId, BODY.slice(0, 400), keys],
        );
        person.drafts = keys;
      }
    }
    let draftsExhausted = 0;

    const submit = async ({ cookie, base }: { cookie: string; base: string }, input: object, key: string): Promise<Outcome> => {
      const page = `${base}/en/consultations/${consultation.slug}/contribute`;
      const started = performance.now();
      const outcome = (o: Omit<Outcome, "key" | "ms">): Outcome => ({ key, ms: performance.now() - started, ...o });
      try {
        const res = await post(
          page,
          { cookie, origin: base, accept: "text/x-component", "next-action": submitAction, "content-type": "text/plain;charset=UTF-8" },
          // serverAction(previous state, input), as useActionForm calls it.
          JSON.stringify([null, input]),
          REQUEST_TIMEOUT_MS,
        );
        const body = res.text;
        if (key === "warm-up") warmResponse = { bytes: body.length, encoding: String(res.headers["content-encoding"] ?? "identity"), pageRendered: String(res.headers["x-action-revalidated"] ?? "0") !== "0" };
        if (res.status !== 200) return outcome({ ok: false, code: `HTTP_${res.status}` });
        const result = actionResult(body);
        if (!result) return outcome({ ok: false, code: "BAD_RESPONSE" });
        if (!result.ok) return outcome({ ok: false, code: result.code ?? "UNKNOWN" });
        return outcome({ ok: true, referenceNumber: result.data!.referenceNumber, id: result.data!.id });
      } catch (e) {
        return outcome({ ok: false, code: (e as Error).name === "TimeoutError" ? "CLIENT_TIMEOUT" : `NETWORK_${(e as { code?: string }).code ?? "ERROR"}` });
      }
    };
    const inputFor = (organisationId: string, key: string, i: number) => ({
      consultationId: consultation.id,
      organisationId,
      type: "GENERAL_INPUT",
      title: `Surge input ${i}`,
      summary: "Our input on the WSIS+20 review, sent at the deadline.",
      body: BODY,
      language: "en",
      actionLines: ["C1", "C2"],
      sdgs: [9, 17],
      c7SubItems: [],
      answers: [],
      proposals: [],
      idempotencyKey: key,
    });

    // Warm-up: one submission, so the run measures steady work, not first-request compilation.
    const warm = await submit(people[0], inputFor(people[0].organisationId, randomUUID(), -1), "warm-up");
    if (!warm.ok) throw new Error(`warm-up submission failed: ${warm.code}`);
    for (const person of people.slice(1, bases.length)) await submit(person, inputFor(person.organisationId, randomUUID(), -1), "warm-up-other");

    const sessions = async () => Number((await admin.query(`SELECT sum(sessions) AS s FROM pg_stat_database`)).rows[0].s);
    const sessionsBefore = await sessions();
    const outcomes: Outcome[] = [];
    const cpu = cpuSampler();
    const deadline = performance.now() + DURATION_S * 1000;
    const started = performance.now();
    let counter = 0;
    await Promise.all(
      people.map(async (person) => {
        while (performance.now() < deadline) {
          const key = DRAFTS > 0 ? (person.drafts.pop() ?? (draftsExhausted++, randomUUID())) : randomUUID();
          const input = inputFor(person.organisationId, key, counter);
          // One in five: the same submission twice at once (double click), same key.
          const twice = counter++ % 5 === 0;
          outcomes.push(...(await Promise.all(twice ? [submit(person, input, key), submit(person, input, key)] : [submit(person, input, key)])));
        }
      }),
    );
    const elapsedS = (performance.now() - started) / 1000;
    const cpuUsed = cpu.stop();
    const connectionsOpened = (await sessions()) - sessionsBefore;

    // Counting the database.
    const stored = (
      await admin.query(`SELECT "idempotencyKey" AS key, "referenceNumber" AS ref FROM "Contribution" WHERE "consultationId" = $1 AND status <> 'DRAFT' AND title LIKE 'Surge input %'`, [
        consultation.id,
      ])
    ).rows as { key: string; ref: string }[];
    const storedByKey = new Map(stored.map((r) => [r.key, r.ref]));
    const acknowledged = new Map<string, Set<string>>();
    for (const o of outcomes) if (o.ok) (acknowledged.get(o.key) ?? acknowledged.set(o.key, new Set()).get(o.key)!).add(o.referenceNumber!);
    let lost = 0;
    let duplicates = 0;
    for (const [key, refs] of acknowledged) {
      if (refs.size > 1) duplicates += refs.size - 1; // one key, two numbers: stored twice
      for (const ref of refs) if (storedByKey.get(key) !== ref) lost++;
    }
    const refs = (await admin.query(`SELECT "referenceNumber" AS ref FROM "Contribution" WHERE "consultationId" = $1 AND "referenceNumber" IS NOT NULL`, [consultation.id])).rows.map((r) =>
      Number(String(r.ref).split("-").pop()),
    );
    refs.sort((a, b) => a - b);
    const gapless = refs.every((n, i) => n === i + 1);
    const errors: Record<string, number> = {};
    for (const o of outcomes) if (!o.ok) errors[o.code!] = (errors[o.code!] ?? 0) + 1;
    const times = outcomes.map((o) => o.ms);
    const portal = {
      requests: outcomes.length,
      acknowledged: acknowledged.size,
      stored: stored.length,
      lostAcknowledged: lost,
      duplicates: duplicates + (stored.length - storedByKey.size),
      errors,
      referenceNumbersGapless: gapless,
      p50_ms: Math.round(percentile(times, 50)),
      p95_ms: Math.round(percentile(times, 95)),
      p99_ms: Math.round(percentile(times, 99)),
      elapsed_s: Math.round(elapsedS * 10) / 10,
      submissionsPerSecond: Math.round((stored.length / elapsedS) * 10) / 10,
      // CPU ms per stored submission: app servers, PostgreSQL, this benchmark (the crowd), the rest.
      cpuMsPerSubmission: cpuUsed(stored.length),
      // PostgreSQL sessions started during the run (pg_stat_database.sessions): a pool that keeps
      // its connections opens none; one that closed a connection per refused statement opened ~15/s.
      connectionsOpened,
    };

    const bare = process.argv.includes("--no-bare") ? undefined : await bareRun(databaseUrl, consultation, organisations);
    await admin.end();
    console.log(
      JSON.stringify({
        n: N,
        duration_s: DURATION_S,
        portal,
        bare,
        response: warmResponse,
        drafts: DRAFTS > 0 ? { perPerson: DRAFTS, exhausted: draftsExhausted } : undefined,
        ratio: bare ? Math.round((portal.submissionsPerSecond / bare.submissionsPerSecond) * 1000) / 1000 : undefined,
        server: { apps: bases.length, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "default" },
        node: process.version,
        note: "shared machine unless stated: absolute figures distorted by other work",
      }),
    );
  } finally {
    await environment.stop();
  }
}

/**
 * The same writes as a submission, through a bare `pg` pool (no Next.js, no Prisma): one
 * transaction inserting the contribution under its unique key, taking the gapless number, writing
 * version 1, two audit events and the receipt e-mail. N concurrent workers, BARE_DURATION_S.
 */
async function bareRun(databaseUrl: string, consultation: { id: string; code: string }, organisations: string[]) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: BARE_POOL });
  pool.on("error", () => {});
  const userId = "surge-user-0";
  const times: number[] = [];
  let failed = 0;
  const cpu = cpuSampler();
  const deadline = performance.now() + BARE_DURATION_S * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const client = await pool.connect();
        const id = `bare-${randomUUID()}`;
        try {
          await client.query("BEGIN");
          await client.query(
            `INSERT INTO "Contribution" (id, "consultationId", "organisationId", "createdById", type, status, "idempotencyKey", title, summary, body, language, "actionLines", sdgs, "updatedAt")
             VALUES ($1, $2, $3, $4, 'GENERAL_INPUT', 'DRAFT', $5, 'Bare input', 'Summary', $6, 'en', '{C1,C2}', '{9,17}', now())`,
            [id, consultation.id, organisations[worker % organisations.length], userId, randomUUID(), BODY],
          );
          await client.query(`INSERT INTO "AuditEvent" (id, "actorId", action, "contributionId", "toStatus") VALUES ($1, $2, 'contribution.create', $3, 'DRAFT')`, [randomUUID(), userId, id]);
          await client.query(
            `INSERT INTO "ContributionVersion" (id, "contributionId", number, title, summary, body, language, "actionLines", sdgs, answers, "createdById") VALUES ($1, $2, 1, 'Bare input', 'Summary', $3, 'en', '{C1,C2}', '{9,17}', '[]', $4)`,
            [randomUUID(), id, BODY, userId],
          );
          const n = (
            await client.query(`INSERT INTO "Counter" (key, value) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET value = "Counter".value + 1 RETURNING value`, [`reference:${consultation.code}`])
          ).rows[0].value;
          const ref = `${consultation.code}-C-${String(n).padStart(4, "0")}`;
          await client.query(`UPDATE "Contribution" SET status = 'SUBMITTED', "referenceNumber" = $2, "submittedAt" = now() WHERE id = $1`, [id, ref]);
          await client.query(`INSERT INTO "AuditEvent" (id, "actorId", action, "contributionId", "fromStatus", "toStatus", data) VALUES ($1, $2, 'contribution.submit', $3, 'DRAFT', 'SUBMITTED', $4)`, [
            randomUUID(),
            userId,
            id,
            JSON.stringify({ referenceNumber: ref, version: 1 }),
          ]);
          await client.query(`INSERT INTO "OutboundEmail" (id, "to", locale, kind, subject, text, "contributionId") VALUES ($1, 'surge-0@example.org', 'en', 'receipt', $2, 'Received.', $3)`, [
            randomUUID(),
            `Received: ${ref}`,
            id,
          ]);
          await client.query("COMMIT");
          times.push(performance.now() - t0);
        } catch (e) {
          failed++;
          if (failed === 1) console.error("bare transaction failed:", e);
          await client.query("ROLLBACK").catch(() => {});
        } finally {
          client.release();
        }
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  const cpuUsed = cpu.stop();
  await pool.end();
  return {
    pool: BARE_POOL,
    committed: times.length,
    failed,
    p50_ms: Math.round(percentile(times, 50)),
    p95_ms: Math.round(percentile(times, 95)),
    elapsed_s: Math.round(elapsedS * 10) / 10,
    submissionsPerSecond: Math.round((times.length / elapsedS) * 10) / 10,
    cpuMsPerSubmission: cpuUsed(times.length),
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
