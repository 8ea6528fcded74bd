/** Create (/new) or edit a consultation. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TZDate } from "@date-fns/tz";
import { requirePermission } from "@/lib/auth/guard";
import { getConsultationById } from "@/lib/services/consultations/get-consultations";
import { pickLocalised } from "@/lib/localised";
import { ConsultationForm, type ConsultationValues } from "@/components/forms/consultation-form";
import type { Metadata } from "next";
import { CONSULTATION_TRANSLATIONS } from "@/lib/schemas/consultation";

/** An instant as the wall-clock value of a datetime-local input in `timeZone`. */
function localValue(d: Date, timeZone: string): string {
  const z = new TZDate(d.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "consultations" });
  const c = id === "new" ? null : await getConsultationById(id);
  return { title: c ? `${t("edit")}: ${pickLocalised(c.title, locale).text}` : t("new") };
}

export default async function EditConsultation({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission("consultation.manage", locale, `/${locale}/secretariat/consultations/${id}`);
  const t = await getTranslations("consultations");
  let initial: ConsultationValues = { timeZone: "Europe/Zurich", allowGeneral: true, allowRevision: true };
  if (id !== "new") {
    const c = await getConsultationById(id);
    if (!c) notFound();
    const title = c.title as Record<string, string>;
    const description = c.description as Record<string, string>;
    initial = {
      id: c.id,
      slug: c.slug,
      code: c.code,
      titleEn: title.en ?? "",
      titleAr: title.ar ?? "",
      titleFr: title.fr ?? "",
      titleEs: title.es ?? "",
      titleRu: title.ru ?? "",
      titleZh: title.zh ?? "",
      descriptionEn: description.en ?? "",
      ...Object.fromEntries(CONSULTATION_TRANSLATIONS.map(([lang, x]) => [`description${x}`, description[lang] ?? ""])),
      timeZone: c.timeZone,
      opensAt: localValue(c.opensAt, c.timeZone),
      closesAt: localValue(c.closesAt, c.timeZone),
      allowGeneral: c.allowedTypes.includes("GENERAL_INPUT"),
      allowRevision: c.allowedTypes.includes("ACTION_LINE_REVISION"),
      questionsEn: c.guidingQuestions.map((q) => pickLocalised(q.text, "en").text).join("\n"),
      ...Object.fromEntries(CONSULTATION_TRANSLATIONS.map(([lang, x]) => [`questions${x}`, c.guidingQuestions.map((q) => (q.text as Record<string, string>)[lang] ?? "").join("\n")])),
    };
  }
  return (
    <div style={{ maxInlineSize: "48rem" }}>
      <h1>{id === "new" ? t("new") : t("edit")}</h1>
      <ConsultationForm initial={initial} timeZones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
