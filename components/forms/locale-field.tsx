"use client";
/** The hidden field that tells a form action which interface language to redirect back to. */
import { useLocale } from "next-intl";

export function LocaleField() {
  return <input type="hidden" name="locale" value={useLocale()} />;
}
