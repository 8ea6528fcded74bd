/**
 * Issue 15 item 4: a draft can be deleted by its organisation's contributors, with its
 * attachments' blobs when no other attachment uses them; audited; refused once submitted; a
 * deletion racing with a submission has exactly one winner.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { LocalDirectoryStorage } from "@/lib/storage/local-directory";
import { addAttachment } from "@/lib/services/attachments/add-attachment";
import { deleteDraft } from "@/lib/services/contributions/delete-draft";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";
import { createContribution } from "../support/drafts";
import { makePdf } from "../support/attachment-files";

let world: World;
let dir: string;
let storage: LocalDirectoryStorage;
const limits = { maxBytes: 64 * 1024, maxCount: 5 };

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  dir = mkdtempSync(path.join(tmpdir(), "wsis-delete-"));
  storage = new LocalDirectoryStorage(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const attach = async (contributionId: string, name: string, bytes: Buffer) =>
  addAttachment(await world.actor("contributor"), { contributionId, filename: name, declaredType: "application/pdf", content: Readable.from([bytes]) }, { storage, limits });

describe("deleting a draft", () => {
  it("removes the draft and its attachments; a blob another contribution uses stays; the deletion is audited", async () => {
    const draft = await createContribution(world);
    const other = await createContribution(world);
    const shared = makePdf("shared annex");
    const own = makePdf("own annex");
    const sha = async (id: string) => (await db.attachment.findUniqueOrThrow({ where: { id } })).sha256;
    const a = { sha256: await sha((await attach(draft.id, "shared.pdf", shared)).id) };
    const b = { sha256: await sha((await attach(draft.id, "own.pdf", own)).id) };
    await attach(other.id, "shared-copy.pdf", shared);
    await deleteDraft(await world.actor("contributor"), draft.id, { storage });
    expect(await db.contribution.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.attachment.count({ where: { contributionId: draft.id } })).toBe(0);
    expect(await storage.exists(a.sha256)).toBe(true); // still used by the other draft
    expect(await storage.exists(b.sha256)).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "contribution.deleteDraft" } });
    expect(event).toMatchObject({ actorId: world.users.contributor.id, contributionId: null });
    expect(event.data).toMatchObject({ contributionId: draft.id, title: "A draft with attachments" });
    // Its earlier audit events stay (detached), nothing else of it remains.
    expect(await db.auditEvent.count({ where: { action: "attachment.add", data: { path: ["filename"], equals: "own.pdf" } } })).toBe(1);
  });

  it("is refused once submitted, to other organisations and to the secretariat", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await expect(deleteDraft(await world.actor("contributor"), id, { storage })).rejects.toMatchObject({ code: "INVALID_TRANSITION", params: { status: "SUBMITTED" } });
    const draft = await createContribution(world);
    await expect(deleteDraft(await world.actor("otherOrg"), draft.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDraft(await world.actor("secretariat"), draft.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDraft(await world.actor("unverified"), draft.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.contribution.count({ where: { id: { in: [id, draft.id] } } })).toBe(2);
  });

  it("racing with a submission of the same draft: exactly one wins (repeated)", async () => {
    const actor = await world.actor("contributor");
    for (let round = 0; round < 6; round++) {
      const input = contributionInput(world, { idempotencyKey: randomUUID() });
      const saved = await saveDraft(actor, { ...input });
      const [deleted, submitted] = await Promise.allSettled([deleteDraft(actor, saved.id, { storage }), submitContribution(actor, input)]);
      const row = await db.contribution.findUnique({ where: { id: saved.id } });
      if (deleted.status === "fulfilled") {
        // The draft is gone. A submission that read the key after the deletion is a new
        // contribution made from what the form sent (stored once, under the same key); one that
        // read it before is refused. Never both the draft and a submission of it.
        expect(row).toBeNull();
        const stored = await db.contribution.findMany({ where: { idempotencyKey: input.idempotencyKey } });
        if (submitted.status === "fulfilled") {
          expect(stored.map((c) => [c.id === saved.id, c.status]), `round ${round}`).toEqual([[false, "SUBMITTED"]]);
        } else {
          expect(stored, `round ${round}`).toEqual([]);
        }
      } else {
        expect(submitted.status, `round ${round}`).toBe("fulfilled");
        expect(deleted.reason).toMatchObject({ code: "INVALID_TRANSITION", params: { status: "SUBMITTED" } });
        expect(row?.status).toBe("SUBMITTED");
      }
    }
  });
});
