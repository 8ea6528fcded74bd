/**
 * The server-action wrapper (lib/actions/action-client.ts) with real actions, services and
 * PostgreSQL. Only the request's surroundings are stood in for: who is signed in (the session
 * cookie), the locale the proxy read from the URL, and Next's page cache.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ANONYMOUS, type Actor } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor, locale: "en", revalidated: [] as string[] }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => request.actor }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void request.revalidated.push(path) }));

const { serverAction } = await import("@/lib/actions/action-client");
const { assignAction, setDueDateAction, addNoteAction } = await import("@/lib/actions/triage");
const { decideContributionAction } = await import("@/lib/actions/decide-contribution");
const { saveQueuePreferencesAction } = await import("@/lib/actions/queue-preferences");
const { saveConsultationAction } = await import("@/lib/actions/consultations");
const { startExportJobAction } = await import("@/lib/actions/export-jobs");
const { saveDraftAction } = await import("@/lib/actions/contribution-drafts");

/** A posted form, as the browser sends it (Next adds its own "$ACTION_…" fields). */
function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  f.set("$ACTION_ID_abc", "");
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
}

/** Where a redirect went (Next's redirect throws a signal carrying the URL in its digest). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest.startsWith("NEXT_REDIRECT;")).toBe(true);
  return digest.split(";")[2];
}

let world: World;
let id: string;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  id = (await submitContribution(await world.actor("contributor"), contributionInput(world))).id;
  request.actor = ANONYMOUS;
  request.locale = "en";
  request.revalidated = [];
});
afterEach(() => vi.restoreAllMocks());

describe("the server-action wrapper", () => {
  it("re-checks the caller: anonymous and a contributor are refused by the service, nothing changes", async () => {
    const post = () => assignAction(null, form({ contributionId: id, assigneeId: world.users.secretariat.id }));
    request.actor = ANONYMOUS;
    expect(await post()).toEqual({ ok: false, code: "UNAUTHENTICATED", params: {}, fieldErrors: undefined });
    request.actor = await world.actor("contributor");
    expect(await post()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    request.actor = await world.actor("focalPoint");
    expect(await decideContributionAction(null, form({ decision: "accept", contributionId: id, expectedStatus: "SUBMITTED" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await db.contribution.findUniqueOrThrow({ where: { id } });
    expect([row.assigneeId, row.status]).toEqual([null, "SUBMITTED"]);
    expect(await db.auditEvent.count({ where: { action: { in: ["contribution.assign", "contribution.accept"] } } })).toBe(0);
  });

  it("acts for the signed-in caller and redirects in the request's locale, never a posted one", async () => {
    request.actor = await world.actor("secretariat");
    request.locale = "ar";
    const to = await redirectOf(assignAction(null, form({ contributionId: id, assigneeId: world.users.admin.id, locale: "en" })));
    expect(to).toBe(`/ar/secretariat/contributions/${id}?done=ASSIGNED`);
    expect((await db.contribution.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(world.users.admin.id);
  });

  it("maps schema and service refusals to ActionResult with field errors", async () => {
    request.actor = await world.actor("secretariat");
    // The schema: not a calendar day.
    expect(await setDueDateAction(null, form({ contributionId: id, dueOn: "2026-02-30" }))).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { dueOn: ["dateTime"] } });
    // The service: an empty note.
    expect(await addNoteAction(null, form({ contributionId: id, text: " \u200b " }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { text: ["required"] } });
    // An id that can name no record answers as an unknown one.
    expect(await assignAction(null, form({ contributionId: "../x\u0000", assigneeId: "" }))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await assignAction(null, form({ contributionId: "nope", assigneeId: "" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("answers anything a client can send with a result, never an exception", async () => {
    request.actor = await world.actor("contributor");
    for (const input of [undefined, null, "text", 42, [1, 2], { consultationId: 7 }, new FormData(), { big: 10n }]) {
      const result = await saveDraftAction(null, input);
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    // Over the body limit (Next refuses it first in a real request; a direct call hears the same).
    const huge = await saveDraftAction(null, contributionInput(world, { body: "x".repeat(7 * 1024 * 1024) }));
    expect(huge).toEqual({ ok: false, code: "REQUEST_TOO_LARGE", params: { size: "7.0", limit: "6.0" } });
    expect(await db.contribution.count()).toBe(1);
  });

  it("answers an unexpected error with the generic code and a correlation id, logged with the error", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    request.actor = await world.actor("secretariat");
    const broken = serverAction({
      schema: z.object({ n: z.number() }),
      run: async () => {
        throw new Error("database on fire");
      },
    });
    const result = await broken(null, { n: 1 });
    expect(result).toMatchObject({ ok: false, code: "UNEXPECTED" });
    const correlationId = result.ok ? "" : result.correlationId!;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.ok ? null : result.params).toEqual({ correlationId });
    expect(JSON.stringify(result)).not.toContain("database on fire");
    expect(log).toHaveBeenCalledWith(`[${correlationId}]`, expect.objectContaining({ message: "database on fire" }));
  });

  it("refreshes the page in the request's locale and answers ok when it stays", async () => {
    request.actor = await world.actor("secretariat");
    request.locale = "ar";
    expect(await saveQueuePreferencesAction(null, form({ column: ["status", "age"], density: "compact" }))).toEqual({ ok: true, data: undefined });
    expect(request.revalidated).toEqual(["/ar/secretariat"]);
    const stored = await db.user.findUniqueOrThrow({ where: { id: world.users.secretariat.id }, select: { queuePreferences: true } });
    expect(stored.queuePreferences).toMatchObject({ density: "compact", hidden: expect.not.arrayContaining(["status", "age"]) });
  });

  it("sends the typed values back with a refusal, for forms rebuilt from them", async () => {
    request.actor = await world.actor("secretariat");
    const result = await saveConsultationAction(null, form({ slug: "Not A Slug!", code: "X", titleEn: "A consultation title", allowGeneral: "on" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", values: { slug: "Not A Slug!", titleEn: "A consultation title", allowGeneral: true, allowRevision: false } });
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty("slug");
  });

  it("can redirect on failure too (a stateless form whose page shows the error)", async () => {
    request.actor = await world.actor("contributor");
    request.locale = "ar";
    expect(await redirectOf(startExportJobAction(form({ format: "csv" })))).toBe("/ar/secretariat/exports?error=FORBIDDEN");
    expect(await db.exportJob.count()).toBe(0);
  });
});
