import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadContributionVersionsView } from "@/lib/loaders/contribution-versions-view";
import { VersionsPage } from "@/components/contributions/versions-page";
import { contributionTitle } from "@/app/[locale]/contribution-title";

export const generateMetadata = contributionTitle({ namespace: "versions", key: "compare" });

export default async function SecretariatVersionsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/contributions/${id}/versions`);
  const c = await loadContributionVersionsView(actor, id, "secretariat");
  if (!c) notFound();
  return <VersionsPage c={c} backHref={`/secretariat/contributions/${id}`} search={await searchParams} />;
}
