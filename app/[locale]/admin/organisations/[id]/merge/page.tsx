/** Confirming a merge: both organisations side by side and what moves, then one button. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { isId } from "@/lib/schemas/id";
import { loadAdminMergeView } from "@/lib/loaders/admin-organisations-view";
import { AdminNav } from "@/components/admin/admin-nav";
import { MergeConfirmForm } from "@/components/admin/organisation-forms";
import { UserText } from "@/components/ui/user-text";

export default async function MergeOrganisations({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ into?: string | string[] }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/organisations`);
  const into = (await searchParams).into;
  if (!isId(id) || !isId(into)) notFound();
  const screen = await loadAdminMergeView(actor, id, into);
  if (!screen) notFound();
  const t = await getTranslations("admin.organisations");
  const { source, survivor } = screen;
  const card = (o: typeof source, label: string) => (
    <article className="card">
      <h2>{label}</h2>
      <p>
        <UserText>{o.name}</UserText> (<bdi dir="ltr">{o.shortCode}</bdi>)
      </p>
      <p>{t("countsFull", { members: o._count.memberships, contributions: o._count.contributions, cosponsorships: o._count.coSponsorships })}</p>
    </article>
  );
  return (
    <>
      <AdminNav />
      <h1>{t("mergeHeading")}</h1>
      <p>{t.rich("mergeExplain", { source: source.name, survivor: survivor.name, b: (c) => <bdi><strong>{c}</strong></bdi> })}</p>
      <div className="cards">
        {card(source, t("mergeSource"))}
        {card(survivor, t("mergeSurvivor"))}
      </div>
      <MergeConfirmForm sourceId={source.id} sourceUpdatedAt={source.updatedAt.toISOString()} survivorId={survivor.id} survivorUpdatedAt={survivor.updatedAt.toISOString()} />
      <p>
        <Link href={`/admin/organisations/${source.id}`}>{t("cancel")}</Link>
      </p>
    </>
  );
}
