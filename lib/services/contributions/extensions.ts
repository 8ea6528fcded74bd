/**
 * Deadline extensions for one contribution: the organisation asks for more time on a draft (which
 * shares that draft's title and note with the secretariat), and the secretariat grants an
 * extension until a later instant, or refuses, with a reason. Submission then follows the
 * contribution's effective deadline (lib/services/consultations/deadline.ts).
 *
 * Extension requests are listed by their own query (not contributionWhereFor): the secretariat
 * sees only drafts whose organisation asked, and only what the request needs.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | CONFLICT | INVALID_TRANSITION | VALIDATION.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { extensionRequestWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { loadOwnContribution } from "./load-editable";

export async function requestExtension(actorIn: Actor, input: { contributionId: string; note: string }, now = new Date()) {
  const { actor, contribution: c } = await loadOwnContribution(actorIn, input.contributionId);
  if (c.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", { status: c.status });
  if (!input.note) throw new AppError("VALIDATION", {}, { note: ["required"] });
  const { count } = await db.$transaction(async (tx) => {
    const r = await tx.contribution.updateMany({ where: { id: c.id, status: "DRAFT", extensionRequestedAt: null }, data: { extensionRequestedAt: now, extensionRequestNote: input.note } });
    if (r.count) await recordAudit(tx, { actorId: actor.userId, action: "extension.request", contributionId: c.id, reason: input.note, at: now });
    return r;
  });
  if (count === 0) throw new AppError("CONFLICT", { status: "DRAFT" });
}

export async function listExtensionRequests(actor: Actor) {
  assertCan(actor, "contribution.decide");
  return db.contribution.findMany({
    where: extensionRequestWhereFor(actor),
    orderBy: [{ extensionRequestedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      language: true,
      extensionRequestedAt: true,
      extensionRequestNote: true,
      extendedUntil: true,
      organisation: { select: { name: true } },
      consultation: { select: { closesAt: true, timeZone: true } },
    },
  });
}

export async function answerExtension(
  actor: Actor,
  input: { contributionId: string; decision: "grant" | "refuse"; until: Date | null; reason: string },
  now = new Date(),
) {
  assertCan(actor, "contribution.decide");
  const c = await db.contribution.findFirst({
    where: { AND: [extensionRequestWhereFor(actor), { id: input.contributionId }] },
    include: { consultation: { select: { closesAt: true, timeZone: true } }, createdBy: { select: { email: true, locale: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND");
  if (!input.reason) throw new AppError("VALIDATION", {}, { reason: ["required"] });
  if (input.decision === "grant" && (!input.until || input.until <= c.consultation.closesAt || input.until <= now)) {
    throw new AppError("VALIDATION", {}, { until: ["afterDeadline"] });
  }
  const grant = input.decision === "grant";
  const untilText = grant
    ? new Intl.DateTimeFormat(c.createdBy.locale, { dateStyle: "full", timeStyle: "short", timeZone: c.consultation.timeZone }).format(input.until!) + ` (${c.consultation.timeZone})`
    : "";
  return db.$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({
      where: { id: c.id, status: "DRAFT", extensionRequestedAt: { not: null } },
      data: { extensionRequestedAt: null, ...(grant ? { extendedUntil: input.until, extensionReason: input.reason } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", { status: "DRAFT" });
    await recordAudit(tx, { actorId: actor.kind === "user" ? actor.userId : null, action: `extension.${input.decision}`, contributionId: c.id, reason: input.reason, data: grant ? { until: input.until!.toISOString() } : undefined, at: now });
    await enqueueEmail(tx, {
      to: c.createdBy.email,
      locale: c.createdBy.locale,
      kind: grant ? "extensionGranted" : "extensionRefused",
      contributionId: c.id,
      params: { title: c.title || "—", until: untilText, reason: input.reason },
    });
    return { decision: input.decision };
  });
}
