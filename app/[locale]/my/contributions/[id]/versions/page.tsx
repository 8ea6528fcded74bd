import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { loadContributionVersionsView } from "@/lib/loaders/contribution-versions-view";
import { VersionsPage } from "@/components/contributions/versions-page";
import { contributionTitle } from "@/app/[locale]/contribution-title";

export const generateMetadata = contributionTitle({ namespace: "versions", key: "compare" });

export default async function MyVersionsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}/versions`);
  // The organisation's members only: others read the published text on the public page.
  const c = await loadContributionVersionsView(actor, id, "member");
  if (!c) notFound();
  return <VersionsPage c={c} backHref={`/my/contributions/${id}`} search={await searchParams} />;
}
