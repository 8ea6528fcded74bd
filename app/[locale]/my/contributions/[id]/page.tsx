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
import { VersionList } from "@/components/contributions/version-compare";
import { WithdrawForm } from "@/components/contributions/withdraw-form";
import { listVersions } from "@/lib/services/contributions/versions";
import { can } from "@/lib/auth/permissions";
import { transitionsFrom, type Status } from "@/lib/workflow/transitions";

export default async function MyContributionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ submitted?: string; resubmitted?: string; done?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}`);
  const contribution = await getContribution(actor, id);
  if (!contribution) notFound();
  const search = await searchParams;
  const justSubmitted = (search.submitted === "1" || search.resubmitted === "1") && contribution.referenceNumber;
  const t = await getTranslations("confirmation");
  const tc = await getTranslations("contribution");
  const tm = await getTranslations("my");
  const versions = await listVersions(actor, id);
  const mayAct = can(actor, "contribution.create", { organisationId: contribution.organisationId });
  const status = contribution.status as Status;
  const open = transitionsFrom(status);
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
      {search.done === "WITHDRAWN" && status === "WITHDRAWN" && (
        <p className="notice success" role="status">
          {tm("withdrawn")}
        </p>
      )}
      <div className="with-aside">
        <div>
          {mayAct && (status === "DRAFT" || status === "CHANGES_REQUESTED") && (
            <p>
              <Link className="button" href={`/my/contributions/${id}/edit`}>
                {status === "DRAFT" ? tm("edit") : tm("revise")}
              </Link>
            </p>
          )}
          <ContributionView c={contribution} />
          {versions && <VersionList c={versions} basePath={`/${locale}/my/contributions/${id}/versions`} />}
          <Timeline events={contribution.auditEvents} />
        </div>
        {mayAct && open.includes("withdraw") && <WithdrawForm key={status} contributionId={contribution.id} status={status} />}
      </div>
    </>
  );
}
