/** Consultations for the public pages and the contribution form (all public information). */
import "server-only";
import { db } from "@/lib/db";
import { isId } from "@/lib/schemas/id";

const include = { guidingQuestions: { orderBy: { position: "asc" as const } } };

export function listConsultations() {
  return db.consultation.findMany({ orderBy: [{ closesAt: "desc" }, { id: "asc" }], include });
}

export function getConsultationBySlug(slug: string) {
  return db.consultation.findUnique({ where: { slug }, include });
}

export function getConsultationById(id: string) {
  if (!isId(id)) return null;
  return db.consultation.findUnique({ where: { id }, include });
}

export type ConsultationWithQuestions = NonNullable<Awaited<ReturnType<typeof getConsultationBySlug>>>;
