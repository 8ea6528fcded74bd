/**
 * A person deletes their account. What they wrote for an organisation stays with it (the
 * organisation's record, and possibly published), but nothing names them any more:
 * - the User row stays (contributions, versions and the audit log point to it) with no name, an
 *   address at deleted.invalid and deletedAt set; the audit log and timelines show "deleted
 *   account";
 * - their sessions, identity-provider links, affiliations and pending sign-in links go;
 * - e-mails to them keep no address or text; pending ones are never delivered;
 * - their name and e-mail are removed from the audit events' recorded details.
 * The deletion is audited without personal data. The last active admin cannot delete their
 * account (LAST_ADMIN). The person confirms by typing their e-mail address.
 * @throws AppError UNAUTHENTICATED | VALIDATION (confirmEmail) | LAST_ADMIN
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { deletedAccountEmail } from "@/lib/people/deleted-account";
import { assertNotLastAdmin, lockAdminChanges } from "@/lib/services/admin/admin-guard";
import { Prisma } from "@/generated/prisma/client";

const REDACTED = "[deleted account]";

/** `value` with every string equal to `name`, or containing `email`, replaced. */
function redact(value: unknown, name: string | null, email: string): unknown {
  if (typeof value === "string") return value.toLowerCase().includes(email) || (name && value === name) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, name, email));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, name, email)]));
  return value;
}

export async function deleteAccount(actor: Actor, input: { confirmEmail: string }, now = new Date()) {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (input.confirmEmail.trim().toLowerCase() !== actor.email.toLowerCase()) throw new AppError("VALIDATION", {}, { confirmEmail: ["confirmEmail"] });
  const id = actor.userId;
  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx);
    const user = await tx.user.findFirst({ where: { id, deletedAt: null }, select: { email: true, name: true, role: true } });
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, id);

    await tx.session.deleteMany({ where: { userId: id } });
    await tx.account.deleteMany({ where: { userId: id } });
    await tx.membership.deleteMany({ where: { userId: id } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    const placeholder = deletedAccountEmail(id);
    await tx.outboundEmail.updateMany({ where: { to: user.email, status: "PENDING" }, data: { status: "FAILED", lastError: "ACCOUNT_DELETED" } });
    await tx.outboundEmail.updateMany({ where: { to: user.email }, data: { to: placeholder, text: "", link: null } });

    // Recorded details naming them (an added contributor's address, a name in a note's data).
    const email = user.email.toLowerCase();
    const patterns = [`%${email}%`, ...(user.name ? [`%${user.name}%`] : [])];
    const candidates = await tx.$queryRaw<{ id: string; data: Prisma.JsonValue }[]>`
      SELECT id, data FROM "AuditEvent" WHERE data IS NOT NULL AND lower(data::text) LIKE ANY (${patterns.map((p) => p.toLowerCase())}::text[])`;
    for (const e of candidates) {
      await tx.auditEvent.update({ where: { id: e.id }, data: { data: redact(e.data, user.name, email) as Prisma.InputJsonValue } });
    }

    await tx.user.update({
      where: { id },
      data: { name: null, email: placeholder, emailVerified: null, image: null, queuePreferences: Prisma.DbNull, role: "USER", deletedAt: now, deactivatedAt: null },
    });
    await recordAudit(tx, { actorId: id, subjectUserId: id, action: "user.delete", at: now });
    return { deleted: true };
  });
}
