/**
 * A contribution as its organisation's contributors see it; with ?submitted=1 it is also the
 * confirmation page shown right after submission.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { ContributionView } from "@/components/contributions/contribution-view";
import { Timeline } from "@/components/contributions/timeline";
import { UserText } from "@/components/ui/user-text";

export default async function MyContributionPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}`);
  const contribution = await getContribution(actor, id);
  if (!contribution) notFound();
  const justSubmitted = (await searchParams).submitted === "1" && contribution.referenceNumber;
  const t = await getTranslations("confirmation");
  const tc = await getTranslations("contribution");
  return (
    <>
      {justSubmitted && (
        <section className="notice success" aria-labelledby="confirmation-heading">
          <h2 id="confirmation-heading" style={{ marginBlockStart: 0 }}>
            {t("heading")}
          </h2>
          <p data-testid="reference-number">{t("body", { referenceNumber: contribution.referenceNumber ?? "" })}</p>
          <p>
            <Link href="/my">{t("all")}</Link>
          </p>
        </section>
      )}
      {contribution.decisionNote && ["REJECTED", "CHANGES_REQUESTED"].includes(contribution.status) && (
        <section className="notice warning">
          <h2 style={{ marginBlockStart: 0 }}>{tc("decisionNote")}</h2>
          <p>
            <UserText as="span">{contribution.decisionNote}</UserText>
          </p>
        </section>
      )}
      <ContributionView c={contribution} />
      <Timeline events={contribution.auditEvents} />
    </>
  );
}
