/**
 * Creating (/secretariat/consultations/new) or editing a consultation: the form's initial values,
 * the window as wall-clock times in the consultation's own zone. Null (404) for an unknown id.
 */
import "server-only";
import { TZDate } from "@date-fns/tz";
import { getConsultationById } from "@/lib/services/consultations/get-consultations";
import { pickLocalised } from "@/lib/localised";
import { CONSULTATION_TRANSLATIONS } from "@/lib/schemas/consultation";

/** The consultation form's values (components/forms/consultation-form.tsx). */
export type ConsultationFormValues = Record<string, string | boolean>;

/** An instant as the wall-clock value of a datetime-local input in `timeZone`. */
function localValue(d: Date, timeZone: string): string {
  const z = new TZDate(d.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

export async function loadConsultationEditView(id: string): Promise<{ isNew: boolean; initial: ConsultationFormValues } | null> {
  if (id === "new") return { isNew: true, initial: { timeZone: "Europe/Zurich", allowGeneral: true, allowRevision: true } };
  const c = await getConsultationById(id);
  if (!c) return null;
  const title = c.title as Record<string, string>;
  const description = c.description as Record<string, string>;
  return {
    isNew: false,
    initial: {
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
    },
  };
}
