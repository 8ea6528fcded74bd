/**
 * The secretariat creates or edits a consultation: texts per language, window (wall-clock times
 * in its time zone → instants), allowed types, guiding questions (replaced by position; a question
 * already answered keeps its row, so answers stay attached). Opening early, extending and closing
 * are edits of the window. Audited.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | VALIDATION (window, slug/code taken).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { CONSULTATION_TRANSLATIONS, type TConsultationInput } from "@/lib/schemas/consultation";
import { recordAudit } from "@/lib/services/audit";
import { instantFromLocal } from "./deadline";

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export async function saveConsultation(actor: Actor, input: TConsultationInput, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "consultation.manage");
  const opensAt = instantFromLocal(input.opensAt, input.timeZone);
  const closesAt = instantFromLocal(input.closesAt, input.timeZone);
  if (!opensAt) throw new AppError("VALIDATION", {}, { opensAt: ["dateTime"] });
  if (!closesAt || closesAt <= opensAt) throw new AppError("VALIDATION", {}, { closesAt: ["closesAfterOpens"] });
  const allowedTypes = [...(input.allowGeneral ? ["GENERAL_INPUT" as const] : []), ...(input.allowRevision ? ["ACTION_LINE_REVISION" as const] : [])];
  if (allowedTypes.length === 0) throw new AppError("VALIDATION", {}, { allowGeneral: ["chooseType"] });
  const en = lines(input.questionsEn);
  // Each language's lines follow the English ones in order (line i translates question i).
  const translated = CONSULTATION_TRANSLATIONS.map(([lang, suffix]) => [lang, lines(input[`questions${suffix}`])] as const);
  const data = {
    slug: input.slug,
    code: input.code,
    // Six UN languages: English required, the others stored only when given.
    title: {
      en: input.titleEn,
      ...(input.titleAr && { ar: input.titleAr }),
      ...(input.titleFr && { fr: input.titleFr }),
      ...(input.titleEs && { es: input.titleEs }),
      ...(input.titleRu && { ru: input.titleRu }),
      ...(input.titleZh && { zh: input.titleZh }),
    },
    description: { en: input.descriptionEn, ...Object.fromEntries(CONSULTATION_TRANSLATIONS.filter(([, x]) => input[`description${x}`]).map(([lang, x]) => [lang, input[`description${x}`]])) },
    opensAt,
    closesAt,
    timeZone: input.timeZone,
    allowedTypes,
  };
  try {
    return await db.$transaction(async (tx) => {
      if (input.id && !(await tx.consultation.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new AppError("NOT_FOUND");
      const c = input.id ? await tx.consultation.update({ where: { id: input.id }, data }) : await tx.consultation.create({ data });
      const existing = await tx.guidingQuestion.findMany({ where: { consultationId: c.id }, include: { _count: { select: { answers: true } } } });
      for (const [i, text] of en.entries()) {
        const value = { en: text, ...Object.fromEntries(translated.filter(([, l]) => l[i]).map(([lang, l]) => [lang, l[i]])) };
        await tx.guidingQuestion.upsert({ where: { consultationId_position: { consultationId: c.id, position: i + 1 } }, create: { consultationId: c.id, position: i + 1, text: value }, update: { text: value } });
      }
      // Questions beyond the new list go, unless people answered them (their answers must stay readable).
      const extra = existing.filter((q) => q.position > en.length && q._count.answers === 0).map((q) => q.id);
      if (extra.length) await tx.guidingQuestion.deleteMany({ where: { id: { in: extra } } });
      await recordAudit(tx, { actorId: actor.userId, action: input.id ? "consultation.update" : "consultation.create", data: { consultationId: c.id, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }, at: now });
      return { id: c.id };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("VALIDATION", {}, { slug: ["slugOrCodeTaken"] });
    throw e;
  }
}
