/**
 * The secretariat creates or edits a CWG meeting: number (unique in the series), first and last
 * day, place or virtual (at least one), documents deadline typed in the meeting's time zone.
 * Audited in the same transaction.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | VALIDATION (days, deadline, place, number taken).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TMeetingInput } from "@/lib/schemas/meeting";
import { recordAudit } from "@/lib/services/audit";
import { instantFromLocal } from "@/lib/services/consultations/deadline";

const calendarDay = (s: string): Date | null => {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
};

export async function saveMeeting(actor: Actor, input: TMeetingInput, now = new Date()): Promise<{ id: string; number: number }> {
  assertCan(actor, "meeting.manage");
  const startsOn = calendarDay(input.startsOn);
  const endsOn = calendarDay(input.endsOn);
  if (!startsOn) throw new AppError("VALIDATION", {}, { startsOn: ["date"] });
  if (!endsOn || endsOn < startsOn) throw new AppError("VALIDATION", {}, { endsOn: ["endsAfterStarts"] });
  const documentsDeadline = instantFromLocal(input.documentsDeadline, input.timeZone);
  if (!documentsDeadline) throw new AppError("VALIDATION", {}, { documentsDeadline: ["dateTime"] });
  if (!input.place && !input.virtual) throw new AppError("VALIDATION", {}, { place: ["placeOrVirtual"] });
  const data = { number: input.number, startsOn, endsOn, place: input.place || null, virtual: input.virtual, documentsDeadline, timeZone: input.timeZone };
  try {
    return await db.$transaction(async (tx) => {
      let id = input.id;
      if (id) {
        const { count } = await tx.meeting.updateMany({ where: { id }, data });
        if (count === 0) throw new AppError("NOT_FOUND");
      } else {
        ({ id } = await tx.meeting.create({ data, select: { id: true } }));
      }
      await recordAudit(tx, { actorId: actor.userId, action: input.id ? "meeting.update" : "meeting.create", data: { meetingId: id, number: input.number }, at: now });
      return { id, number: input.number };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("VALIDATION", {}, { number: ["meetingNumberTaken"] });
    throw e;
  }
}
