import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { listVersions } from "@/lib/services/contributions/versions";
import { VersionCompare } from "@/components/contributions/version-compare";
import { UserText } from "@/components/ui/user-text";
import { versionPair } from "@/lib/schemas/version-pair";

export default async function SecretariatVersionsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/contributions/${id}/versions`);
  const c = await listVersions(actor, id);
  if (!c || c.versions.length === 0) notFound();
  const t = await getTranslations("versions");
  const { from, to } = versionPair(c.versions.length, await searchParams);
  return (
    <>
      <p>
        <Link href={`/secretariat/contributions/${id}`}>{t("back")}</Link>
      </p>
      <h1>
        {t("compare")}: <UserText lang={c.language}>{c.title}</UserText>
      </h1>
      <VersionCompare c={c} from={from} to={to} />
    </>
  );
}
