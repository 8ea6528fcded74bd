/**
 * `npm run bench:upload`: measures attachment uploads on the production build.
 *
 * Starts an embedded PostgreSQL in a temporary directory (migrated and seeded), builds the app
 * into `.next-bench` and serves it with `next start` (scripts/bench/environment.ts), signs the seeded
 * contributor in by writing a database session row (next-auth's database strategy: the cookie
 * `next-auth.session-token` names the row), creates draft contributions, then uploads
 * 5 × 20 MB PDFs over HTTP one after another, then 5 more at the same time, streaming each file
 * from disk (fs.openAsBlob) so the client holds none of it. Before that, a 64 KiB upload warms the
 * route's code and a 25 MB upload checks the refusal (413).
 *
 * Prints one JSON line: seconds per upload, and the next-server process's memory from
 * /proc/<pid>/status (Linux): VmHWM (peak resident set, kB→MiB) before and after each round,
 * and VmRSS. `--skip-build` reuses an existing `.next-bench` build.
 */
import { createWriteStream, openAsBlob } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/db-client";
import { memory, nextServerPid } from "./bench/memory";
import { startBenchEnvironment } from "./bench/environment";

const MiB = 1024 * 1024;
const FILE_BYTES = 20 * MiB - 1024; // "20 MB" files just under the default 20 MiB limit

/** A valid PDF of `size` bytes (the padding is a PDF comment); written in 1 MiB pieces. */
async function writePdf(file: string, size: number, label: string): Promise<void> {
  const head = `%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${label}\n`;
  const tail = `trailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  const out = createWriteStream(file);
  out.write(Buffer.from(head, "latin1"));
  let left = size - Buffer.byteLength(head, "latin1") - tail.length;
  const line = Buffer.alloc(MiB, 0x20);
  line[0] = 0x25; // "%"
  line[MiB - 1] = 0x0a;
  while (left > 0) {
    const piece = line.subarray(0, Math.min(MiB, left));
    if (!out.write(piece)) await once(out, "drain");
    left -= piece.length;
  }
  out.end(tail);
  await once(out, "finish");
}

async function main() {
  // PostgreSQL, the production build and `next start`, shared with the other benchmarks.
  const environment = await startBenchEnvironment();
  try {
    const { tmp, databaseUrl: url } = environment;
    const base = await environment.startApp();
    const pid = nextServerPid(environment.serverPid!);
    if (!pid) throw new Error("no next-server process found under `next start`");

    const db = createPrismaClient(url);
    const user = await db.user.findUniqueOrThrow({ where: { email: "contributor@example.org" }, include: { memberships: true } });
    const token = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
    const consultation = await db.consultation.findFirstOrThrow();
    const draft = () =>
      db.contribution.create({
        data: { consultationId: consultation.id, organisationId: user.memberships[0].organisationId, createdById: user.id, type: "GENERAL_INPUT", title: "Benchmark", summary: "", body: "", actionLines: [], sdgs: [] },
      });
    const cookie = `next-auth.session-token=${token}`;
    const session = await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json();
    if (session?.user?.email !== user.email) throw new Error(`not signed in: ${JSON.stringify(session)}`);

    const files: string[] = [];
    const small = path.join(tmp, "warm-up.pdf");
    await writePdf(small, 64 * 1024, "warm-up");
    const oversize = path.join(tmp, "oversize.pdf");
    await writePdf(oversize, 25 * MiB, "oversize");
    for (let i = 0; i < 10; i++) {
      files.push(path.join(tmp, `bench-${i}.pdf`));
      await writePdf(files[i], FILE_BYTES, `file ${i} ${randomBytes(8).toString("hex")}`);
    }
    const upload = async (contributionId: string, file: string, expectStatus = 201) => {
      const form = new FormData();
      form.append("file", new File([await openAsBlob(file)], path.basename(file), { type: "application/pdf" }));
      const started = performance.now();
      const res = await fetch(`${base}/api/contributions/${contributionId}/attachments`, { method: "POST", body: form, headers: { cookie } });
      const body = await res.json();
      if (res.status !== expectStatus) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
      return Math.round(performance.now() - started) / 1000;
    };

    // Warm-up: load the upload route's code (busboy, file-type, Prisma queries) with a small file,
    // so the rounds below measure the 20 MB bodies, not first-request module loading.
    const warmDraft = await draft();
    await upload(warmDraft.id, small);
    const refusedSeconds = await upload(warmDraft.id, oversize, 413); // 25 MB: refused by Content-Length
    const idle = memory(pid);
    const sequentialDraft = await draft();
    const sequential: number[] = [];
    for (const file of files.slice(0, 5)) sequential.push(await upload(sequentialDraft.id, file));
    const afterSequential = memory(pid);
    const parallelDraft = await draft();
    const started = performance.now();
    const parallel = await Promise.all(files.slice(5).map((file) => upload(parallelDraft.id, file)));
    const parallelWall = Math.round(performance.now() - started) / 1000;
    const afterParallel = memory(pid);
    const stored = await db.attachment.count({ where: { contributionId: { in: [sequentialDraft.id, parallelDraft.id] } } });
    await db.$disconnect();
    console.log(
      JSON.stringify({
        fileBytes: FILE_BYTES,
        stored,
        oversizeRefusedSeconds: refusedSeconds,
        sequentialSeconds: sequential,
        parallelSeconds: parallel,
        parallelWallSeconds: parallelWall,
        nextServerPid: pid,
        memoryMiB: { afterWarmUp: idle, afterSequential, afterParallel },
        node: process.version,
      }),
    );
  } finally {
    await environment.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
