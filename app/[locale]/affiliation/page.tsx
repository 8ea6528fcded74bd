/** A signed-in person's organisations (verified or waiting) and the form to ask for another. */
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { loadAffiliationView } from "@/lib/loaders/affiliation-view";
import { countryOptions } from "@/lib/reference/countries";
import { ITU_REGIONS } from "@/lib/reference";
import { AffiliationForm } from "@/components/forms/affiliation-form";
import { MembershipInvitationAnswer } from "@/components/forms/membership-forms";
import { UserText } from "@/components/ui/user-text";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("affiliation", "heading");

export default async function AffiliationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ sent?: string; done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/affiliation`);
  const t = await getTranslations("affiliation");
  const { memberships, organisations } = await loadAffiliationView(actor);
  const search = await searchParams;
  return (
    <div style={{ maxInlineSize: "48rem" }}>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {(search.done === "accept" || search.done === "decline") && (
        <p className="notice success" role="status">
          {t(`done.${search.done}`)}
        </p>
      )}
      {search.sent === "1" && (
        <p className="notice success" role="status">
          {t("sent")}
        </p>
      )}
      <h2>{t("mine")}</h2>
      {memberships.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cosponsors" data-testid="my-memberships">
          {memberships.map((m) => (
            <li key={m.id}>
              <UserText>{m.organisation.name}</UserText> · {t(`role.${m.role}`)} ·{" "}
              {m.verifiedAt ? (
                <span className="badge ACCEPTED">{t("verified")}</span>
              ) : m.invitedAt ? (
                <>
                  <span className="badge UNDER_REVIEW">{t("invited")}</span>
                  <MembershipInvitationAnswer membershipId={m.id} />
                </>
              ) : (
                <span className="badge UNDER_REVIEW">{t("pending")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("request")}</h2>
      <AffiliationForm organisations={organisations} countries={countryOptions(await getLocale())} regions={ITU_REGIONS} defaultName={actor.name ?? ""} />
    </div>
  );
}
