/**
 * Localised e-mail texts, from the same message catalogues as the interface (messages/*.json,
 * key `email.<kind>`), rendered with next-intl's createTranslator (ICU message format).
 */
import { createTranslator } from "next-intl";
import { catalogueFor } from "@/i18n/catalogues";
import type { AppLocale } from "@/i18n/routing";
import { isReasonCode } from "@/lib/workflow/reason-codes";
import type { EmailKind } from "@/lib/workflow/email-kinds";

type Locale = AppLocale;

export type { EmailKind };
export type EmailParams = Record<string, string | number>;

const ISOLATED = new Set(["title", "reason", "organisation"]);

type Translate = (key: string, params?: EmailParams) => string;
// One translator per language and namespace, kept: each keeps the messages it has parsed (ICU
// parsing and Intl locale resolution were redone for every e-mail, on every submission's receipt).
const translators = new Map<string, Translate>();

function translator(locale: Locale, namespace: "email" | "reasonCodes"): Translate {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale, messages: catalogueFor(locale).messages, namespace }) as unknown as Translate;
    translators.set(key, t);
  }
  return t;
}

/**
 * Subject and plain text of an e-mail of `kind` in `locale` (English when not available).
 * A `reasonCode` param (lib/workflow/reason-codes.ts) becomes `codeText`: the code's standard
 * message in the recipient's language, followed by a blank line when a `reason` follows it
 * (empty without a code).
 */
export function renderEmail(kind: EmailKind, locale: string, params: EmailParams): { subject: string; text: string; locale: Locale } {
  const l = catalogueFor(locale).locale;
  const t = translator(l, "email");
  const code = params.reasonCode;
  const codeText = isReasonCode(code) ? translator(l, "reasonCodes")(`${code}.message`) + (params.reason ? "\n\n" : "") : "";
  params = { ...params, codeText };
  // User-written values are isolated (FSI…PDI) so an Arabic title in an English subject, or the
  // reverse, keeps the surrounding text in order.
  params = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, ISOLATED.has(k) && typeof v === "string" && v ? `\u2068${v}\u2069` : v]));
  const subject = t(`${kind}.subject`, params);
  const body = t(`${kind}.body`, params);
  const signature = t("signature");
  return { subject, text: `${body}\n\n${signature}\n`, locale: l };
}
