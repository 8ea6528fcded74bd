/**
 * Builders for organisations, people and consultations, shared by the seed (prisma/seed.ts)
 * and the tests. Every builder creates what is missing by its natural key (e-mail, short code,
 * slug) and never overwrites what exists, so the seed can run at every start without undoing
 * changes made in the portal.
 * All names are fictional; all e-mail addresses are at example.org.
 */
import type { PrismaClient, Prisma } from "../generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

export interface OrganisationSpec {
  name: string;
  shortCode: string;
  membershipCategory: Prisma.OrganisationCreateInput["membershipCategory"];
  stakeholderGroup: Prisma.OrganisationCreateInput["stakeholderGroup"];
  country?: string | null;
  ituRegion?: string | null;
  verified?: boolean;
}

export function upsertOrganisation(db: Db, spec: OrganisationSpec) {
  const data = { verified: true, ...spec };
  return db.organisation.upsert({ where: { shortCode: spec.shortCode }, create: data, update: {} });
}

export interface UserSpec {
  email: string;
  name: string;
  locale?: string;
  role?: "USER" | "SECRETARIAT" | "ADMIN";
  /** Verified affiliation to this organisation, with this role. */
  organisationId?: string;
  membershipRole?: "CONTRIBUTOR" | "FOCAL_POINT";
  verified?: boolean;
}

export async function upsertUser(db: Db, spec: UserSpec) {
  const { organisationId, membershipRole = "CONTRIBUTOR", verified = true, ...user } = spec;
  const row = await db.user.upsert({
    where: { email: user.email },
    create: { locale: "en", role: "USER", ...user },
    update: {},
  });
  if (organisationId) {
    const verifiedAt = verified ? new Date("2026-09-01T00:00:00Z") : null;
    await db.membership.upsert({
      where: { userId_organisationId: { userId: row.id, organisationId } },
      create: { userId: row.id, organisationId, role: membershipRole, verifiedAt },
      update: {},
    });
  }
  return row;
}

export interface ConsultationSpec {
  slug: string;
  code: string;
  title: Record<string, string>;
  description: Record<string, string>;
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
  allowedTypes?: ("GENERAL_INPUT" | "ACTION_LINE_REVISION")[];
  questions: Record<string, string>[];
}

/** Creates or updates a consultation and its guiding questions (matched by position). */
export async function upsertConsultation(db: Db, spec: ConsultationSpec) {
  const { questions, allowedTypes = ["GENERAL_INPUT", "ACTION_LINE_REVISION"], ...fields } = spec;
  const data = { ...fields, allowedTypes };
  const c = await db.consultation.upsert({ where: { slug: spec.slug }, create: data, update: {} });
  for (const [i, text] of questions.entries()) {
    await db.guidingQuestion.upsert({
      where: { consultationId_position: { consultationId: c.id, position: i + 1 } },
      create: { consultationId: c.id, position: i + 1, text },
      update: {},
    });
  }
  return db.consultation.findUniqueOrThrow({ where: { id: c.id }, include: { guidingQuestions: { orderBy: { position: "asc" } } } });
}
