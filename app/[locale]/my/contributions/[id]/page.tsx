/**
 * A contribution as its organisation's contributors see it; with ?submitted=1 it is also the
 * confirmation page shown right after submission.
 */
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { getOwnContribution } from "@/lib/services/contributions/get-contribution";
import { ContributionView } from "@/components/contributions/contribution-view";
import { AttachmentList } from "@/components/contributions/attachment-list";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { Timeline } from "@/components/contributions/timeline";
import { isPublicToContributor } from "@/lib/workflow/internal-actions";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { UserText } from "@/components/ui/user-text";
import { VersionList } from "@/components/contributions/version-compare";
import { WithdrawForm } from "@/components/contributions/withdraw-form";
import { RequestExtensionForm } from "@/components/contributions/extension-forms";
import { DateTime } from "@/components/ui/date-time";
import { effectiveDeadline } from "@/lib/services/consultations/deadline";
import { listVersions } from "@/lib/services/contributions/versions";
import { listCoSponsors, listInvitableOrganisations } from "@/lib/services/cosponsors/list-cosponsors";
import { CoSponsorList } from "@/components/contributions/cosponsor-list";
import { InviteCoSponsorForm, WithdrawCoSponsorButton } from "@/components/contributions/cosponsor-forms";
import { can } from "@/lib/auth/permissions";
import { transitionsFrom, type Status } from "@/lib/workflow/transitions";
import { contributionTitle } from "@/app/[locale]/contribution-title";

export const generateMetadata = contributionTitle();

export default async function MyContributionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ submitted?: string; resubmitted?: string; done?: string; cosponsor?: string; extension?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}`);
  const own = await getOwnContribution(actor, id);
  if (!own) notFound();
  const { contribution, access } = own;
  const search = await searchParams;
  const justSubmitted = (search.submitted === "1" || search.resubmitted === "1") && contribution.referenceNumber;
  const t = await getTranslations("confirmation");
  const tc = await getTranslations("contribution");
  const tm = await getTranslations("my");
  const member = access === "member";
  const versions = member ? await listVersions(actor, id) : null;
  const mayAct = can(actor, "contribution.create", { organisationId: contribution.organisationId });
  const status = contribution.status as Status;
  const open = transitionsFrom(status);
  const coSponsors = await listCoSponsors(actor, id, { confirmedOnly: !member });
  const isLead = mayAct;
  const listOpen = !["ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN"].includes(status) && new Date() < contribution.consultation.closesAt;
  const invitable = isLead && listOpen ? (await listInvitableOrganisations(contribution.organisationId)).filter((o) => !coSponsors.some((c) => c.organisation.id === o.id && ["INVITED", "CONFIRMED"].includes(c.status))) : [];
  const tco = await getTranslations("cosponsors");
  const te = await getTranslations("extension");
  const format = await getFormatter();
  const cosponsorDone = ["INVITED", "WITHDRAWN"].find((d) => d === search.cosponsor);
  return (
    <>
      {justSubmitted && (
        <section className="notice success" aria-labelledby="confirmation-heading" data-arrival-focus tabIndex={-1}>
          <h2 id="confirmation-heading" style={{ marginBlockStart: 0 }}>
            {t("heading")}
          </h2>
          <p data-testid="reference-number">{t("body", { referenceNumber: contribution.referenceNumber ?? "" })}</p>
          <p>
            <Link href="/my">{t("all")}</Link>
          </p>
        </section>
      )}
      {member && contribution.decisionNote && ["REJECTED", "CHANGES_REQUESTED"].includes(contribution.status) && (
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
          <ContributionView c={contribution} showDecisionNotes={member} />
          <AttachmentList attachments={await listAttachments(actor, contribution.id)} headingLevel={2} />
          {cosponsorDone && (
            <p className="notice success" role="status">
              {tco(`done.${cosponsorDone as "INVITED"}`)}
            </p>
          )}
          <CoSponsorList rows={coSponsors}>
            {(row) => isLead && listOpen && ["INVITED", "CONFIRMED"].includes(row.status) ? <WithdrawCoSponsorButton contributionId={id} coSponsorId={row.id} /> : null}
          </CoSponsorList>
          {isLead && listOpen && invitable.length > 0 && (
            <>
              <h3>{tco("invite")}</h3>
              <InviteCoSponsorForm contributionId={id} organisations={invitable} />
            </>
          )}
          {isLead && !listOpen && coSponsors.length > 0 && <p className="hint">{tco("locked")}</p>}
          {versions && <VersionList c={versions} basePath={`/${locale}/my/contributions/${id}/versions`} />}
          {/* Assignment, duplicate marks, due dates and tags are the secretariat's internal business; e-mails: only those to this person. */}
          {member && <Timeline events={contribution.auditEvents.filter((e) => isPublicToContributor(e.action))} emails={await listContributionEmails(actor, id)} />}
        </div>
        <div>
          {mayAct && open.includes("withdraw") && <WithdrawForm key={status} contributionId={contribution.id} status={status} />}
          {mayAct && status === "DRAFT" && (
            <section className="aside-panel" aria-labelledby="extension-heading">
              <h2 id="extension-heading" style={{ marginBlockStart: 0 }}>
                {te("heading")}
              </h2>
              <p>
                {te("effective")}: <DateTime value={effectiveDeadline(contribution.consultation.closesAt, contribution.extendedUntil)} timeZone={contribution.consultation.timeZone} />
              </p>
              {search.extension === "request" && (
                <p className="notice success" role="status">
                  {te("done.request")}
                </p>
              )}
              {contribution.extendedUntil && (
                <p>
                  {te("granted", {
                    until: `${format.dateTime(contribution.extendedUntil, { dateStyle: "full", timeStyle: "short", timeZone: contribution.consultation.timeZone })} (${contribution.consultation.timeZone})`,
                  })}{" "}
                  {contribution.extensionReason && <UserText as="span">{contribution.extensionReason}</UserText>}
                </p>
              )}
              {contribution.extensionRequestedAt ? (
                <p>{te("requested")}</p>
              ) : (
                <>
                  <p className="hint">{te("intro")}</p>
                  <RequestExtensionForm contributionId={contribution.id} />
                </>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}
