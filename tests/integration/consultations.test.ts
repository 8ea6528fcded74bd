import { beforeEach, describe, expect, it } from "vitest";
import { saveConsultation } from "@/lib/services/consultations/save-consultation";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { ZConsultationInput } from "@/lib/schemas/consultation";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const input = (over: Record<string, unknown> = {}) =>
  ZConsultationInput.parse({
    slug: "wsis20-action-lines",
    code: "WSIS20AL",
    titleEn: "Revision of the Action Lines",
    titleAr: "مراجعة خطوط العمل",
    descriptionEn: "Proposals to revise C1–C11.",
    descriptionAr: "",
    timeZone: "Europe/Zurich",
    opensAt: "2026-12-01T00:00",
    closesAt: "2027-02-28T23:59",
    allowGeneral: false,
    allowRevision: true,
    questionsEn: "First question?\nSecond question?",
    questionsAr: "السؤال الأول؟",
    ...over,
  });

describe("consultation management", () => {
  it("creates a consultation with its window read in its time zone and its questions", async () => {
    const { id } = await saveConsultation(await world.actor("secretariat"), input());
    const c = await db.consultation.findUniqueOrThrow({ where: { id }, include: { guidingQuestions: { orderBy: { position: "asc" } } } });
    expect(c.opensAt.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(c.closesAt.toISOString()).toBe("2027-02-28T22:59:00.000Z");
    expect(c.allowedTypes).toEqual(["ACTION_LINE_REVISION"]);
    expect(c.guidingQuestions.map((q) => q.text)).toEqual([{ en: "First question?", ar: "السؤال الأول؟" }, { en: "Second question?" }]);
  });

  it("stores titles in the six UN languages, only those given", async () => {
    const { id } = await saveConsultation(
      await world.actor("secretariat"),
      input({ slug: "six-languages", code: "SIXLANG", titleFr: "Révision des grandes orientations", titleEs: "Revisión de las líneas de acción", titleRu: "Пересмотр направлений деятельности", titleZh: "行动方针的修订", titleAr: "" }),
    );
    const c = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.title).toEqual({ en: "Revision of the Action Lines", fr: "Révision des grandes orientations", es: "Revisión de las líneas de acción", ru: "Пересмотр направлений деятельности", zh: "行动方针的修订" });
  });

  it("stores the description and guiding questions in the six UN languages; a missing one falls back to English, marked as English", async () => {
    const { id } = await saveConsultation(
      await world.actor("secretariat"),
      input({ slug: "six-texts", code: "SIXTEXT", descriptionFr: "Propositions de révision des grandes orientations C1 à C11.", descriptionZh: "关于修订C1–C11行动方面的提案。", questionsFr: "Première question ?\nDeuxième question ?", questionsRu: "Первый вопрос?", questionsEs: "¿Primera pregunta?\n¿Segunda pregunta?", questionsZh: "第一个问题？" }),
    );
    const c = await db.consultation.findUniqueOrThrow({ where: { id }, include: { guidingQuestions: { orderBy: { position: "asc" } } } });
    expect(c.description).toEqual({ en: "Proposals to revise C1–C11.", fr: "Propositions de révision des grandes orientations C1 à C11.", zh: "关于修订C1–C11行动方面的提案。" });
    expect(c.guidingQuestions.map((q) => q.text)).toEqual([
      { en: "First question?", ar: "السؤال الأول؟", fr: "Première question ?", es: "¿Primera pregunta?", ru: "Первый вопрос?", zh: "第一个问题？" },
      { en: "Second question?", fr: "Deuxième question ?", es: "¿Segunda pregunta?" },
    ]);
    const { pickLocalised } = await import("@/lib/localised");
    expect(pickLocalised(c.description, "ru")).toEqual({ text: "Proposals to revise C1–C11.", lang: "en" });
    expect(pickLocalised(c.guidingQuestions[1].text, "zh")).toEqual({ text: "Second question?", lang: "en" });
    expect(pickLocalised(c.guidingQuestions[1].text, "es")).toEqual({ text: "¿Segunda pregunta?", lang: "es" });
  });

  it("extends or closes by editing the window, keeping answered questions", async () => {
    const s = await world.actor("secretariat");
    await submitContribution(await world.actor("contributor"), contributionInput(world));
    await saveConsultation(s, input({ id: world.consultation.id, slug: "wsis20-review", code: "WSIS20", allowGeneral: true, questionsEn: "Only one question now?", opensAt: "2026-01-01T00:00", closesAt: "2026-01-02T00:00" }));
    const c = await db.consultation.findUniqueOrThrow({ where: { id: world.consultation.id }, include: { guidingQuestions: true } });
    expect(c.closesAt.getTime()).toBeLessThan(Date.now());
    // Question 1 was answered by the contribution: it stays, with its new text; unanswered 2 and 3 go.
    expect(c.guidingQuestions.map((q) => q.position).sort()).toEqual([1]);
    await expect(submitContribution(await world.actor("contributor"), contributionInput(world))).rejects.toMatchObject({ code: "CONSULTATION_CLOSED" });
  });

  it("refuses a window that closes before it opens, no type, a taken code, and non-secretariat callers", async () => {
    const s = await world.actor("secretariat");
    await expect(saveConsultation(s, input({ closesAt: "2026-11-01T00:00" }))).rejects.toMatchObject({ fieldErrors: { closesAt: ["closesAfterOpens"] } });
    await expect(saveConsultation(s, input({ allowRevision: false }))).rejects.toMatchObject({ fieldErrors: { allowGeneral: ["chooseType"] } });
    await expect(saveConsultation(s, input({ code: "WSIS20" }))).rejects.toMatchObject({ fieldErrors: { slug: ["slugOrCodeTaken"] } });
    await expect(saveConsultation(await world.actor("focalPoint"), input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(ZConsultationInput.safeParse({ ...input(), timeZone: "Mars/Olympus" }).success).toBe(false);
  });
});
