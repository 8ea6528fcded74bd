/**
 * Internal notes of the secretariat on a contribution: readable and writable by queue.view only,
 * never part of the contributor's or the public's views, the timeline shown to contributors, the
 * API or the public exports.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | VALIDATION (empty or over 10,000).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { internalNoteWhereFor, queueWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";
import { AppError } from "@/lib/errors";
import { codePointLength, hasVisibleText, isStorable } from "@/lib/schemas/text";

async function visible(actor: Actor, contributionId: string) {
  const c = await db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: contributionId }] }, select: { id: true } });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}

export async function addInternalNote(actor: Actor, input: { contributionId: string; text: string }) {
  assertCan(actor, "queue.view");
  const text = input.text.trim();
  if (!text || !hasVisibleText(text)) throw new AppError("VALIDATION", {}, { text: ["required"] });
  if (!isStorable(text)) throw new AppError("VALIDATION", {}, { text: ["invalidCharacters"] });
  if (codePointLength(text) > 10_000) throw new AppError("VALIDATION", {}, { text: ["tooLong:10000"] });
  const c = await visible(actor, input.contributionId);
  return db.internalNote.create({ data: { contributionId: c.id, authorId: actor.userId, text } });
}

export async function listInternalNotes(actor: Actor, contributionId: string) {
  assertCan(actor, "queue.view");
  if (!isId(contributionId)) throw new AppError("NOT_FOUND");
  return db.internalNote.findMany({ where: { AND: [internalNoteWhereFor(actor), { contributionId }] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } });
}
