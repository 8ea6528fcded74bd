/** One organisation, for the admin: edit, withdraw verification, choose an organisation to merge it into. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { isId } from "@/lib/schemas/id";
import { ITU_REGIONS } from "@/lib/reference";
import { countryOptions } from "@/lib/reference/countries";
import { loadAdminOrganisationView } from "@/lib/loaders/admin-organisations-view";
import { AdminNav } from "@/components/admin/admin-nav";
import { OrganisationEditForm, WithdrawVerificationForm } from "@/components/admin/organisation-forms";
import { UserText } from "@/components/ui/user-text";

const DONE = ["edited", "unverified", "merged"] as const;

export default async function AdminOrganisation({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/organisations`);
  if (!isId(id)) notFound();
  const screen = await loadAdminOrganisationView(actor, id);
  if (!screen) notFound();
  const t = await getTranslations("admin.organisations");
  const requested = (await searchParams).done;
  const done = DONE.find((d) => d === requested);
  const { organisation: o, others, may } = screen;
  return (
    <>
      <AdminNav />
      <h1>
        <UserText>{o.name}</UserText> (<bdi dir="ltr">{o.shortCode}</bdi>)
      </h1>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      <p>
        {o.verified ? t("verified") : t("notVerified")} · {t("countsFull", { members: o._count.memberships, contributions: o._count.contributions, cosponsorships: o._count.coSponsorships })}
      </p>
      <h2>{t("editHeading")}</h2>
      <OrganisationEditForm
        key={o.updatedAt.toISOString()}
        organisation={{ id: o.id, updatedAt: o.updatedAt.toISOString(), name: o.name, membershipCategory: o.membershipCategory, stakeholderGroup: o.stakeholderGroup, country: o.country, ituRegion: o.ituRegion }}
        countries={countryOptions(locale)}
        regions={ITU_REGIONS}
      />
      {may.withdrawVerification && (
        <>
          <h2>{t("withdrawHeading")}</h2>
          <WithdrawVerificationForm organisationId={o.id} updatedAt={o.updatedAt.toISOString()} />
        </>
      )}
      <h2>{t("mergeHeading")}</h2>
      <p className="hint">{t("mergeHint")}</p>
      <form method="get" action={`/${locale}/admin/organisations/${o.id}/merge`} className="toolbar">
        <div className="field">
          <label htmlFor="merge-into">{t("mergeInto")}</label>
          <select id="merge-into" name="into" required defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.shortCode})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("mergeReview")}
        </button>
      </form>
    </>
  );
}
