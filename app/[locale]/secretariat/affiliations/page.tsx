/** The secretariat's queue of affiliations (and proposed organisations) to verify. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadPendingAffiliationsView } from "@/lib/loaders/secretariat-views";
import { countryName } from "@/lib/reference/countries";
import { VerifyAffiliationForm } from "@/components/forms/membership-forms";
import { UserText } from "@/components/ui/user-text";
import { DateTime } from "@/components/ui/date-time";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("verify", "heading");

export default async function AffiliationsQueue({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("affiliation.verify", locale, `/${locale}/secretariat/affiliations`);
  const t = await getTranslations("verify");
  const ta = await getTranslations("affiliation");
  const tCat = await getTranslations("membershipCategory");
  const tGroup = await getTranslations("stakeholderGroup");
  const { pending, done } = await loadPendingAffiliationsView(actor, await searchParams);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      {pending.length === 0 && <p>{t("none")}</p>}
      <div className="cards">
        {pending.map((m) => (
          <article key={m.id} className="card" data-testid="pending-affiliation">
            <dl className="facts">
              <dt>{t("person")}</dt>
              <dd>
                <UserText>{m.user.name ?? "—"}</UserText> · <bdi dir="ltr">{m.user.email}</bdi> · {ta(`role.${m.role}`)}
              </dd>
              <dt>{m.organisation.verified ? t("organisation") : t("proposed")}</dt>
              <dd>
                <UserText>{m.organisation.name}</UserText> (<bdi dir="ltr">{m.organisation.shortCode}</bdi>) · {tCat(m.organisation.membershipCategory)} · {tGroup(m.organisation.stakeholderGroup)}
                {m.organisation.country && <> · {countryName(m.organisation.country, locale)}</>}
                {m.organisation.ituRegion && <> · {ta(`regionName.${m.organisation.ituRegion as "A"}`)}</>}
              </dd>
              <dt>{t("asked")}</dt>
              <dd>
                <DateTime value={m.createdAt} />
              </dd>
            </dl>
            <VerifyAffiliationForm membershipId={m.id} />
          </article>
        ))}
      </div>
    </>
  );
}
