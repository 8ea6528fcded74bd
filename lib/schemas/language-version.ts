/**
 * A published document's translation, attached by the secretariat: the language (one of the six,
 * never the original's: the service checks), the text, and the version the person edited
 * (`expectedUpdatedAt`, empty for a new one) so that two people saving at once cannot overwrite
 * each other unseen.
 */
import { z } from "zod";
import { ZId } from "./id";
import { exactText, optionalText, requiredText } from "./text";
import { LIMITS } from "./contribution";
import { LANGUAGE_LETTER, type DocumentLanguage } from "@/lib/reference/document-number";

export const DOCUMENT_LANGUAGES = Object.keys(LANGUAGE_LETTER) as [DocumentLanguage, ...DocumentLanguage[]];

export const ZLanguageVersionInput = z.object({
  contributionId: ZId,
  language: z.enum(DOCUMENT_LANGUAGES, { error: "required" }),
  title: requiredText(LIMITS.title, 3, { singleLine: true }),
  summary: optionalText(LIMITS.summary),
  body: exactText(LIMITS.body),
  expectedUpdatedAt: z.string().max(40).default(""),
});
export type TLanguageVersionInput = z.output<typeof ZLanguageVersionInput>;
