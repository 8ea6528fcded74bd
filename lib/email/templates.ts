/**
 * Localised e-mail texts, from the same message catalogues as the interface (messages/*.json,
 * key `email.<kind>`), rendered with next-intl's createTranslator (ICU message format).
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

const catalogues = { en, ar } as const;
type Locale = keyof typeof catalogues;

export type EmailKind = "signIn" | "receipt" | "resubmitted" | "withdrawn" | "accepted" | "rejected" | "changesRequested";
export type EmailParams = Record<string, string | number>;

/** Subject and plain text of an e-mail of `kind` in `locale` (English when not available). */
export function renderEmail(kind: EmailKind, locale: string, params: EmailParams): { subject: string; text: string; locale: Locale } {
  const l: Locale = locale in catalogues ? (locale as Locale) : "en";
  const t = createTranslator({ locale: l, messages: catalogues[l], namespace: "email" });
  const subject = t(`${kind}.subject`, params);
  const body = t(`${kind}.body`, params);
  const signature = t("signature");
  return { subject, text: `${body}\n\n${signature}\n`, locale: l };
}
