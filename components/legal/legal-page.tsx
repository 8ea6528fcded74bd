/**
 * The privacy notice, terms of use and accessibility statement: a heading, the date of the text
 * and its sections, all from messages (`legal.<page>`), so every language has the whole text.
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export type LegalPageName = "privacy" | "terms" | "accessibility";

export async function LegalPage({ page }: { page: LegalPageName }) {
  const t = await getTranslations(`legal.${page}`);
  const tl = await getTranslations("legal");
  const sections = t.raw("sections") as { heading: string; body: string[] }[];
  return (
    <article className="legal">
      <h1>{t("title")}</h1>
      <p className="meta">{tl("updated", { date: "2026-12-03" })}</p>
      <p>{t("intro")}</p>
      {sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      {page === "privacy" && (
        <p>
          <Link href="/account">{tl("yourAccount")}</Link>
        </p>
      )}
    </article>
  );
}

export async function legalMetadata(page: LegalPageName, locale: string) {
  const t = await getTranslations({ locale, namespace: `legal.${page}` });
  return { title: t("title") };
}
