/**
 * The secretariat e-mails the contributors of a consultation: the authors of its contributions
 * that are not drafts (or only of those in the chosen statuses), each once however many
 * contributions they wrote, each in their own language (the secretariat's text in that language,
 * else English). The announcement, every e-mail (outbox) and the audit event are one transaction:
 * nothing is sent unless all of it is recorded.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND (consultation).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ANNOUNCEMENT_LANGUAGES, type TAnnouncementInput } from "@/lib/schemas/announcement";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { pickLocalised } from "@/lib/localised";

export async function sendAnnouncement(actor: Actor, input: TAnnouncementInput, now = new Date()): Promise<{ id: string; recipients: number }> {
  assertCan(actor, "announcement.send");
  const subject: Record<string, string> = {};
  const body: Record<string, string> = {};
  for (const l of ANNOUNCEMENT_LANGUAGES) {
    if (input[`subject_${l}`]) subject[l] = input[`subject_${l}`];
    if (input[`body_${l}`]) body[l] = input[`body_${l}`];
  }
  return db.$transaction(async (tx) => {
    const consultation = await tx.consultation.findUnique({ where: { id: input.consultationId }, select: { id: true, title: true } });
    if (!consultation) throw new AppError("NOT_FOUND");
    const recipients = await tx.user.findMany({
      where: {
        contributions: {
          some: { consultationId: consultation.id, status: input.statuses.length ? { in: input.statuses } : { not: "DRAFT" } },
        },
      },
      select: { email: true, locale: true },
      orderBy: { email: "asc" },
    });
    const { id } = await tx.announcement.create({
      data: { consultationId: consultation.id, statuses: input.statuses, subject, body, sentById: actor.userId, sentAt: now, recipientCount: recipients.length },
      select: { id: true },
    });
    const titles = consultation.title as Record<string, string>;
    for (const r of recipients) {
      const text = (m: Record<string, string>) => m[r.locale] ?? m.en;
      await enqueueEmail(tx, {
        to: r.email,
        locale: r.locale,
        kind: "announcement",
        params: { title: pickLocalised(titles, r.locale).text, subject: text(subject), message: text(body) },
      });
    }
    await recordAudit(tx, { actorId: actor.userId, action: "announcement.send", data: { announcementId: id, consultationId: consultation.id, statuses: input.statuses, recipients: recipients.length }, at: now });
    return { id, recipients: recipients.length };
  });
}
