/**
 * A consultation as the secretariat edits it: titles in the six UN languages and descriptions in
 * English and Arabic (English required; the others optional, stored only when given), the window as wall-clock times in its IANA time zone, allowed types, and guiding
 * questions (one per line, English; Arabic lines optional, matched by position).
 */
import { z } from "zod";
import { optionalText, requiredText } from "./text";
import { ZId } from "./id";

const zone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "timeZone");
const local = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "dateTime");

export const ZConsultationInput = z.object({
  id: ZId.optional().or(z.literal("").transform(() => undefined)),
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug").max(60),
  code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9]{1,11}$/, "code"),
  titleEn: requiredText(300, 3, { singleLine: true }),
  titleAr: optionalText(300),
  titleFr: optionalText(300),
  titleEs: optionalText(300),
  titleRu: optionalText(300),
  titleZh: optionalText(300),
  descriptionEn: requiredText(5_000),
  descriptionAr: optionalText(5_000),
  descriptionFr: optionalText(5_000),
  descriptionEs: optionalText(5_000),
  descriptionRu: optionalText(5_000),
  descriptionZh: optionalText(5_000),
  timeZone: zone,
  opensAt: local,
  closesAt: local,
  allowGeneral: z.boolean(),
  allowRevision: z.boolean(),
  questionsEn: optionalText(20_000),
  questionsAr: optionalText(20_000),
  questionsFr: optionalText(20_000),
  questionsEs: optionalText(20_000),
  questionsRu: optionalText(20_000),
  questionsZh: optionalText(20_000),
});

/** The languages besides English a consultation's texts may be given in, with their field suffix. */
export const CONSULTATION_TRANSLATIONS = [
  ["ar", "Ar"],
  ["fr", "Fr"],
  ["es", "Es"],
  ["ru", "Ru"],
  ["zh", "Zh"],
] as const;
export type TConsultationInput = z.output<typeof ZConsultationInput>;

const TEXT_FIELDS = ["id", "slug", "code", "titleEn", "titleAr", "titleFr", "titleEs", "titleRu", "titleZh", "descriptionEn", "descriptionAr", "descriptionFr", "descriptionEs", "descriptionRu", "descriptionZh", "timeZone", "opensAt", "closesAt", "questionsEn", "questionsAr", "questionsFr", "questionsEs", "questionsRu", "questionsZh"] as const;

/**
 * The posted consultation form as the schema's input, and as the values sent back on a refusal
 * (the form rebuilds its uncontrolled fields from them): every text field, checkboxes as booleans.
 */
export function consultationFormValues(form: FormData): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const key of TEXT_FIELDS) values[key] = String(form.get(key) ?? "");
  values.allowGeneral = form.get("allowGeneral") === "on";
  values.allowRevision = form.get("allowRevision") === "on";
  return values;
}
