/**
 * The languages a published document can be read in: the original (marked as such) and each
 * language version, as links with hreflang and lang, the one shown marked aria-current.
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { nativeLanguageName } from "@/lib/reference";

export async function LanguageSwitch({ path, original, versions, shown }: { path: string; original: string | null; versions: { language: string; documentNumber: string }[]; shown: string | null }) {
  if (!original || versions.length === 0) return null;
  const t = await getTranslations("documents");
  const entries = [{ language: original, href: path, original: true }, ...versions.map((v) => ({ language: v.language, href: `${path}?lang=${v.language}`, original: false }))];
  return (
    <nav aria-labelledby="document-languages" className="notice language-versions" data-testid="document-languages">
      <h2 id="document-languages">
        {t("languagesHeading")}
      </h2>{" "}
      <ul className="inline-list">
        {entries.map((e) => (
          <li key={e.language}>
            <Link href={e.href} hrefLang={e.language} lang={e.language} aria-current={e.language === shown ? "page" : undefined}>
              {nativeLanguageName(e.language)}
            </Link>
            {e.original && <> ({t("originalMarker")})</>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
