/**
 * The comparison of a published document's revisions (/contributions/[ref]/revisions?from=&to=):
 * the existing word-level revision marks between published texts only (the original as accepted
 * and each revision). A document without a revision is a 404.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { loadPublicRevisionsView } from "@/lib/loaders/public-contribution-view";
import { VersionCompare } from "@/components/contributions/version-compare";
import { UserText } from "@/components/ui/user-text";
import { languageAlternates } from "@/i18n/metadata";

type Params = Promise<{ locale: string; ref: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, ref } = await params;
  const view = await loadPublicRevisionsView(ref, {});
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: "documents" });
  return { title: `${t("compareTitle")}: ${view.contribution.documentNumber}`, alternates: languageAlternates(locale, `/contributions/${encodeURIComponent(view.contribution.referenceNumber ?? ref)}/revisions`) };
}

export default async function PublicRevisionsPage({ params, searchParams }: { params: Params; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const view = await loadPublicRevisionsView(ref, await searchParams);
  if (!view) notFound();
  const t = await getTranslations("documents");
  const label = (n: number) => (view.labels[n] ? t("revisionN", { n: view.labels[n] }) : t("original"));
  return (
    <>
      <p>
        <Link href={`/contributions/${encodeURIComponent(view.contribution.referenceNumber ?? ref)}`}>{t("backToDocument")}</Link>
      </p>
      <h1>
        {t("compareTitle")}: <UserText lang={view.contribution.language}>{view.contribution.title}</UserText>
      </h1>
      <VersionCompare c={view.versioned} from={view.from} to={view.to} label={label} />
    </>
  );
}
