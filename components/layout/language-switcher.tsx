"use client";
/**
 * The language menu: the six UN languages, each in its own name (ar, zh, en, fr, ru, es: the UN
 * order), linking to the same page (query string kept) in that language. A native
 * <details>/<summary> disclosure: keyboard-operable and announced as expanded/collapsed without
 * script; the list flows inside the header, so nothing sticks out at 320 px. A signed-in person's
 * choice becomes their preferred language (their e-mails follow it).
 */
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { LANGUAGES, nativeLanguageName } from "@/lib/reference";
import { choosePreferredLanguage } from "@/lib/actions/preferred-language";

export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <details className="language-switcher">
      <summary>
        <span className="visually-hidden">{t("language")}: </span>
        <span lang={locale}>{nativeLanguageName(locale)}</span>
      </summary>
      <ul aria-label={t("language")}>
        {LANGUAGES.map((l) => (
          <li key={l}>
            <Link
              href={href}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
              onClick={() => {
                if (signedIn && l !== locale) void choosePreferredLanguage(null, { locale: l });
              }}
            >
              {nativeLanguageName(l)}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
