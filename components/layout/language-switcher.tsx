"use client";
/** Switches the interface language, staying on the same page (query string kept). */
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <Link href={search ? `${pathname}?${search}` : pathname} locale={other} lang={other} hrefLang={other} title={t("otherLanguageLabel")}>
      {t("otherLanguage")}
    </Link>
  );
}
