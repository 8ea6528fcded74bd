/**
 * What the portal holds about the person asking, as one JSON document (their right of access):
 * profile, affiliations, the contributions they authored (whichever organisation they belong to
 * now), the audit events they did or that were about them, and the e-mails sent to them. Sign-in
 * e-mails are listed without their text: their links are credentials, not information.
 * The download is itself audited (who, when; nothing else).
 * @throws AppError UNAUTHENTICATED
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";

export async function personalData(actor: Actor, now = new Date()) {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  const id = actor.userId;
  const profile = await db.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, email: true, emailVerified: true, locale: true, role: true, createdAt: true, queuePreferences: true },
  });
  const [memberships, contributions, auditEvents, emails, accounts] = await Promise.all([
    db.membership.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: { role: true, verifiedAt: true, createdAt: true, organisation: { select: { name: true, shortCode: true } } },
    }),
    db.contribution.findMany({
      where: { createdById: id },
      orderBy: { createdAt: "asc" },
      select: { referenceNumber: true, documentNumber: true, title: true, status: true, language: true, createdAt: true, submittedAt: true, publishedAt: true, organisation: { select: { name: true, shortCode: true } } },
    }),
    db.auditEvent.findMany({
      where: { OR: [{ actorId: id }, { subjectUserId: id }] },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { at: true, action: true, fromStatus: true, toStatus: true, reason: true, data: true, actorId: true, contribution: { select: { referenceNumber: true } } },
    }),
    db.outboundEmail.findMany({
      where: { to: profile.email },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, sentAt: true, status: true, kind: true, locale: true, subject: true, text: true },
    }),
    db.account.findMany({ where: { userId: id }, select: { provider: true, providerAccountId: true } }),
  ]);
  await db.$transaction((tx) => recordAudit(tx, { actorId: id, subjectUserId: id, action: "user.exportData", at: now }));
  return {
    generatedAt: now.toISOString(),
    profile,
    signInProviders: accounts,
    memberships,
    contributions,
    auditEvents: auditEvents.map(({ actorId, contribution, ...e }) => ({ ...e, byYou: actorId === id, contribution: contribution?.referenceNumber ?? null })),
    emails: emails.map((e) => (e.kind === "signIn" ? { ...e, text: null } : e)),
  };
}

export type PersonalData = Awaited<ReturnType<typeof personalData>>;
