/**
 * The reference deployment under test (issue 11), through nginx only: PostgreSQL primary and
 * streaming replica, PgBouncer in transaction mode, s3rver, two app servers (scripts/lib/cluster.ts).
 *
 * 0. nginx compresses; the app servers, told COMPRESS=off, answer uncompressed.
 * 1. A short tour: sign in (e-mail link), submit, accept; the public page shows it. The replica's
 *    replay is paused meanwhile: the anonymous visitor (replica) does not see the acceptance yet,
 *    the secretariat who accepted (read-your-writes: primary) does; after resuming, the visitor does.
 * 2. A background export is started.
 * 3. A surge: SURGE_N contributors submit for SURGE_S seconds; one app server is killed (SIGKILL)
 *    a few seconds in. Clients retry BUSY and 502/503/504 with the same idempotency key, as the
 *    form does. No acknowledged submission may be lost or stored twice, numbers stay gapless, and
 *    the only errors are those retryable answers.
 * 4. The export started before the kill downloads afterwards (from the surviving server: the file
 *    is in S3, the job in PostgreSQL).
 * 5. The form's automatic BUSY retry: the consultation's counter row is held locked, the surviving
 *    server's submission slots (SUBMIT_CONCURRENCY running + SUBMIT_QUEUE_MAX waiting) are filled,
 *    and the contributor presses Submit: the real action answers BUSY, the form says so in
 *    English, and once the lock is released sends it again by itself: submitted, stored once.
 */
import { expect, test } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { signIn } from "../../e2e/support/auth";
import { submitContribution } from "../../e2e/support/contribute";
import { actionId, actionResult } from "../../scripts/lib/server-actions";

const BASE = process.env.CLUSTER_BASE!;
const DIST = process.env.CLUSTER_DIST!;
const APP_PIDS = (process.env.CLUSTER_APP_PIDS ?? "").split(",").map(Number);
const SURGE_N = Number(process.env.SURGE_N ?? 50);
const SURGE_S = Number(process.env.SURGE_S ?? 10);
const KILL_AFTER_S = 3;
const RETRYABLE = new Set(["BUSY", "HTTP_502", "HTTP_503", "HTTP_504", "NETWORK"]);
const MAX_TRIES = 12;

const client = async (url: string) => {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {});
  await c.connect();
  return c;
};

// First, while both app servers live (the next test kills one).
test("nginx compresses what it forwards; the app servers (COMPRESS=off) spend no CPU on it", async () => {
  const direct = (process.env.CLUSTER_APP_BASES ?? "").split(",").filter(Boolean);
  expect(direct.length).toBeGreaterThanOrEqual(2);
  for (const path of ["/en/contributions", "/api/v1/openapi.json"]) {
    const viaNginx = await fetch(`${BASE}${path}`, { headers: { "accept-encoding": "gzip" } });
    expect(viaNginx.status).toBe(200);
    expect(viaNginx.headers.get("content-encoding")).toBe("gzip");
    const body = await viaNginx.text(); // undici decompresses: the page arrived whole
    expect(path.endsWith(".json") ? JSON.parse(body).openapi : body.trimEnd().endsWith("</html>")).toBeTruthy();
    for (const app of direct) {
      const own = await fetch(`${app}${path}`, { headers: { "accept-encoding": "gzip" } });
      expect(own.status).toBe(200);
      expect(own.headers.get("content-encoding")).toBeNull();
      await own.arrayBuffer();
    }
  }
});

test("through nginx: tour on primary and replica, then a surge while an app server dies", async ({ browser }) => {
  expect(BASE && DIST && APP_PIDS.length >= 2, "run by `npm run test:cluster`, which starts the cluster").toBeTruthy();
  const primary = await client(process.env.CLUSTER_PRIMARY_URL!);
  const replica = await client(process.env.CLUSTER_REPLICA_URL!);
  try {
    // 1. The tour.
    const contributor = await (await browser.newContext()).newPage();
    await signIn(contributor, "contributor@example.org");
    const title = `Cluster tour input ${randomBytes(3).toString("hex")}`;
    const { id, reference } = await submitContribution(contributor, title);

    const secretariat = await (await browser.newContext()).newPage();
    await signIn(secretariat, "secretariat@example.org");
    await replica.query("SELECT pg_wal_replay_pause()");
    try {
      await secretariat.goto(`/en/secretariat/contributions/${id}`);
      await secretariat.getByRole("button", { name: "Accept and publish" }).click();
      await expect(secretariat.getByRole("status").filter({ hasText: "Accepted and published as" })).toBeVisible();
      // The secretariat just wrote: its public reads go to the primary.
      await secretariat.goto(`/en/contributions/${reference}`);
      await expect(secretariat.getByRole("heading", { level: 1, name: title })).toBeVisible();
      // A visitor reads the replica, which has not replayed the acceptance yet.
      const visitor = await (await browser.newContext()).newPage();
      expect((await visitor.goto(`/en/contributions/${reference}`))!.status()).toBe(404);
      await replica.query("SELECT pg_wal_replay_resume()");
      await expect.poll(async () => (await visitor.goto(`/en/contributions/${reference}`))!.status(), { timeout: 15_000 }).toBe(200);
      await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    } finally {
      await replica.query("SELECT pg_wal_replay_resume()").catch(() => {});
    }

    // 2. A background export, started as the queue's form does (a plain form post).
    const exportAction = actionId(DIST, "startExportJobAction", "export-jobs");
    const started = await secretariat.request.post("/en/secretariat", { multipart: { [`$ACTION_ID_${exportAction}`]: "", format: "csv" }, maxRedirects: 0 });
    expect(started.status(), await started.text().catch(() => "")).toBe(303);
    const jobId = new URL(started.headers()["location"], BASE).searchParams.get("started");
    expect(jobId).toBeTruthy();

    // 3. The surge, with app server 1 killed after KILL_AFTER_S seconds.
    const consultation = (await primary.query(`SELECT id, slug FROM "Consultation" WHERE slug = 'wsis20-review'`)).rows[0];
    const organisations = (await primary.query(`SELECT id FROM "Organisation" WHERE verified ORDER BY "shortCode"`)).rows.map((r) => r.id as string);
    const people: { cookie: string; organisationId: string }[] = [];
    const run = randomBytes(3).toString("hex");
    for (let i = 0; i < SURGE_N; i++) {
      const organisationId = organisations[i % organisations.length];
      const userId = `cluster-${run}-${i}`;
      await primary.query(`INSERT INTO "User" (id, email, name, "emailVerified", locale) VALUES ($1, $2, $3, now(), 'en')`, [userId, `${userId}@example.org`, `Cluster contributor ${i}`]);
      await primary.query(`INSERT INTO "Membership" (id, "userId", "organisationId", role, "verifiedAt") VALUES ($1, $2, $3, 'CONTRIBUTOR', now())`, [`m-${userId}`, userId, organisationId]);
      const token = randomBytes(32).toString("hex");
      await primary.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 hour')`, [`s-${userId}`, token, userId]);
      people.push({ cookie: `next-auth.session-token=${token}`, organisationId });
    }
    const submitAction = actionId(DIST, "submitContributionAction", "submit-contribution");
    const page = `${BASE}/en/consultations/${consultation.slug}/contribute`;
    const attempts: { code: string; afterKill: boolean }[] = [];
    const acknowledged = new Map<string, Set<string>>();
    const unanswered: string[] = [];
    let killedAt = 0;
    const once = async (cookie: string, input: object): Promise<{ ok: true; ref: string } | { ok: false; code: string; retryAfter?: number }> => {
      try {
        const res = await fetch(page, {
          method: "POST",
          headers: { cookie, origin: BASE, accept: "text/x-component", "next-action": submitAction, "content-type": "text/plain;charset=UTF-8" },
          body: JSON.stringify([null, input]),
          signal: AbortSignal.timeout(60_000),
        });
        const body = await res.text();
        if (res.status !== 200) return { ok: false, code: `HTTP_${res.status}` };
        const result = actionResult(body);
        if (!result) return { ok: false, code: "BAD_RESPONSE" };
        if (!result.ok) return { ok: false, code: result.code ?? "UNKNOWN", retryAfter: Number(result.params?.retryAfter) || undefined };
        return { ok: true, ref: result.data!.referenceNumber };
      } catch (e) {
        return { ok: false, code: (e as Error).name === "TimeoutError" ? "CLIENT_TIMEOUT" : "NETWORK" };
      }
    };
    const deadline = Date.now() + SURGE_S * 1000;
    const killer = setTimeout(() => {
      process.kill(-APP_PIDS[0], "SIGKILL");
      killedAt = Date.now();
    }, KILL_AFTER_S * 1000);
    let counter = 0;
    await Promise.all(
      people.map(async (person) => {
        while (Date.now() < deadline) {
          const key = randomUUID();
          const input = {
            consultationId: consultation.id,
            organisationId: person.organisationId,
            type: "GENERAL_INPUT",
            title: `Cluster surge input ${counter++}`,
            summary: "Sent while an app server dies.",
            body: "The WSIS+20 review should keep the multistakeholder model and measure progress on the Action Lines.",
            language: "en",
            actionLines: ["C2"],
            sdgs: [9],
            c7SubItems: [],
            answers: [],
            proposals: [],
            idempotencyKey: key,
          };
          // As the form does: a retryable answer is retried with the same key, waiting longer each time.
          for (let tries = 1; ; tries++) {
            const outcome = await once(person.cookie, input);
            attempts.push({ code: outcome.ok ? "OK" : outcome.code, afterKill: killedAt > 0 });
            if (outcome.ok) {
              (acknowledged.get(key) ?? acknowledged.set(key, new Set()).get(key)!).add(outcome.ref);
              break;
            }
            if (!RETRYABLE.has(outcome.code) || tries >= MAX_TRIES) {
              unanswered.push(`${key}: ${outcome.code} after ${tries} tries`);
              break;
            }
            await new Promise((r) => setTimeout(r, Math.min(outcome.retryAfter ? outcome.retryAfter * 1000 : 250 * tries, 5_000)));
          }
        }
      }),
    );
    clearTimeout(killer);
    expect(killedAt, "app server 1 was killed during the surge").toBeGreaterThan(0);

    const stored = (await primary.query(`SELECT "idempotencyKey" AS key, "referenceNumber" AS ref FROM "Contribution" WHERE title LIKE 'Cluster surge input %' AND status <> 'DRAFT'`)).rows as { key: string; ref: string }[];
    const storedByKey = new Map(stored.map((r) => [r.key, r.ref]));
    const lost = [...acknowledged].flatMap(([key, refs]) => [...refs].filter((ref) => storedByKey.get(key) !== ref).map((ref) => `${key} → ${ref}`));
    const doubled = [...acknowledged].filter(([, refs]) => refs.size > 1).length + (stored.length - storedByKey.size);
    const numbers = (await primary.query(`SELECT "referenceNumber" AS ref FROM "Contribution" WHERE "consultationId" = $1 AND "referenceNumber" IS NOT NULL`, [consultation.id])).rows
      .map((r) => Number(String(r.ref).split("-").pop()))
      .sort((a, b) => a - b);
    const errors: Record<string, number> = {};
    for (const a of attempts) if (a.code !== "OK") errors[a.code] = (errors[a.code] ?? 0) + 1;
    const summary = {
      contributors: SURGE_N,
      seconds: SURGE_S,
      requests: attempts.length,
      acknowledged: acknowledged.size,
      stored: stored.length,
      acknowledgedAfterKill: attempts.filter((a) => a.code === "OK" && a.afterKill).length,
      errors,
      lost: lost.length,
      doubled,
    };
    console.log(`cluster surge: ${JSON.stringify(summary)}`);
    expect(lost, "acknowledged submissions missing from the database").toEqual([]);
    expect(doubled, "submissions stored twice").toBe(0);
    expect(unanswered, "submissions refused for good (not a retryable answer, or too many tries)").toEqual([]);
    expect(Object.keys(errors).filter((code) => !RETRYABLE.has(code)), "errors other than retryable answers").toEqual([]);
    expect(numbers.every((n, i) => n === i + 1), "reference numbers gapless").toBe(true);
    expect(summary.acknowledgedAfterKill, "the surviving server kept acknowledging").toBeGreaterThan(0);
    // The app's transactions went through PgBouncer (transaction mode): its own count says so.
    const admin = await client(process.env.CLUSTER_BOUNCER_URL!.replace(/\/wsis$/, "/pgbouncer"));
    const stats = (await admin.query("SHOW STATS")).rows.find((r) => r.database === "wsis");
    await admin.end();
    expect(Number(stats?.total_xact_count), "transactions through PgBouncer").toBeGreaterThan(summary.stored);

    // 4. The export started before the kill, downloaded now through the surviving server.
    await expect
      .poll(async () => (await primary.query(`SELECT status FROM "ExportJob" WHERE id = $1`, [jobId])).rows[0]?.status, { timeout: 120_000, intervals: [1000] })
      .toBe("DONE");
    const file = await secretariat.request.get(`/api/secretariat/exports/${jobId}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain(reference);

    // 5. The form retries BUSY by itself.
    const formTitle = `Cluster busy retry ${run}`;
    await contributor.goto("/en/consultations/wsis20-review/contribute");
    await contributor.getByLabel("Title *").fill(formTitle);
    await contributor.getByLabel("Summary *").fill("Sent while the server is full.");
    await contributor.getByLabel("Original language *").selectOption("en");
    await contributor.getByLabel("Contribution *", { exact: true }).fill("ITU should keep facilitating Action Line C2.");
    await contributor.getByRole("checkbox", { name: /^C2 / }).check();
    const counterKey = `reference:${(await primary.query(`SELECT code FROM "Consultation" WHERE id = $1`, [consultation.id])).rows[0].code}`;
    const holder = await client(process.env.CLUSTER_PRIMARY_URL!);
    await holder.query("BEGIN");
    await holder.query(`SELECT value FROM "Counter" WHERE key = $1 FOR UPDATE`, [counterKey]);
    // More than the slots: the running ones wait for the lock, the next ones wait in the queue, and
    // the last ones are refused BUSY — which proves the queue full before the person presses Submit.
    const slots = Number(process.env.CLUSTER_SUBMIT_SLOTS);
    let refusedBusy = 0;
    const fillers = people.slice(0, slots + 4).map((person, i) =>
      once(person.cookie, { consultationId: consultation.id, organisationId: person.organisationId, type: "GENERAL_INPUT", title: `Cluster filler ${run} ${i}`, summary: "s", body: "A filler.", language: "en", actionLines: ["C2"], sdgs: [], c7SubItems: [], answers: [], proposals: [], idempotencyKey: randomUUID() }).then((o) => {
        if (!o.ok && o.code === "BUSY") refusedBusy++;
        return o;
      }),
    );
    try {
      await expect.poll(() => refusedBusy, { timeout: 30_000, message: "a filler is refused BUSY: the queue is full" }).toBeGreaterThan(0);
      await contributor.getByRole("button", { name: "Submit contribution" }).click();
      await expect(contributor.getByText(/Very many contributions are arriving at this moment/)).toBeVisible();
      await expect(contributor.getByLabel("Title *")).toHaveValue(formTitle);
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end().catch(() => {});
    }
    expect((await Promise.all(fillers)).every((o) => o.ok || o.code === "BUSY"), "the fillers are stored or refused as BUSY").toBe(true);
    await expect(contributor.getByRole("heading", { name: "Your contribution has been submitted" })).toBeVisible({ timeout: 60_000 });
    expect(Number((await primary.query(`SELECT count(*) FROM "Contribution" WHERE title = $1 AND status <> 'DRAFT'`, [formTitle])).rows[0].count)).toBe(1);
  } finally {
    await primary.end().catch(() => {});
    await replica.end().catch(() => {});
  }
});
