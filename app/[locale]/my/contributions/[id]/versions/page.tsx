import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { listVersions } from "@/lib/services/contributions/versions";
import { VersionsPage } from "@/components/contributions/versions-page";

export default async function MyVersionsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}/versions`);
  const c = await listVersions(actor, id);
  if (!c || c.versions.length === 0) notFound();
  return <VersionsPage c={c} backHref={`/my/contributions/${id}`} search={await searchParams} />;
}
