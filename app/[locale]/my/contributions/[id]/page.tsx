/**
 * A contribution as its organisation's contributors see it; with ?submitted=1 it is also the
 * confirmation page shown right after submission. Everything shown and every flag comes from
 * loadMyContributionView.
 */
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { loadMyContributionView } from "@/lib/loaders/my-contribution-view";
import { ContributionView } from "@/components/contributions/contribution-view";
import { AttachmentList } from "@/components/contributions/attachment-list";
import { Timeline } from "@/components/contributions/timeline";
import { UserText } from "@/components/ui/user-text";
import { VersionList } from "@/components/contributions/version-compare";
import { WithdrawForm } from "@/components/contributions/withdraw-form";
import { DeleteDraftForm } from "@/components/contributions/delete-draft-form";
import { RequestExtensionForm } from "@/components/contributions/extension-forms";
import { DateTime } from "@/components/ui/date-time";
import { CoSponsorList } from "@/components/contributions/cosponsor-list";
import { InviteCoSponsorForm, WithdrawCoSponsorButton } from "@/components/contributions/cosponsor-forms";
import { contributionTitle } from "@/app/[locale]/contribution-title";
import { DocumentParts } from "@/components/documents/document-parts";
import { SubmitPartForm } from "@/components/documents/part-forms";

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
  const view = await loadMyContributionView(actor, id, await searchParams);
  if (!view) notFound();
  const { contribution, notice } = view;
  const [t, tc, tm, tco, te, format] = await Promise.all([getTranslations("confirmation"), getTranslations("contribution"), getTranslations("my"), getTranslations("cosponsors"), getTranslations("extension"), getFormatter()]);
  const { timeZone } = contribution.consultation;
  return (
    <>
      {notice.submitted && (
        <section className="notice success" aria-labelledby="confirmation-heading" data-arrival-focus tabIndex={-1}>
          <h2 id="confirmation-heading" style={{ marginBlockStart: 0 }}>
            {t("heading")}
          </h2>
          <p data-testid="reference-number">{t("body", { referenceNumber: notice.submitted })}</p>
          <p>
            <Link href="/my">{t("all")}</Link>
          </p>
        </section>
      )}
      {view.decisionNote && (
        <section className="notice warning">
          <h2 style={{ marginBlockStart: 0 }}>{tc("decisionNote")}</h2>
          <p>
            <UserText as="span">{view.decisionNote}</UserText>
          </p>
        </section>
      )}
      {notice.withdrawn && (
        <p className="notice success" role="status">
          {tm("withdrawn")}
        </p>
      )}
      <div className="with-aside">
        <div>
          {view.editMode && (
            <p>
              <Link className="button" href={`/my/contributions/${id}/edit`}>
                {tm(view.editMode)}
              </Link>
            </p>
          )}
          <ContributionView c={contribution} showDecisionNotes={view.showDecisionNotes} showProposalDecisions={view.showProposalDecisions} />
          <AttachmentList attachments={view.attachments} headingLevel={2} />
          {notice.cosponsor && (
            <p className="notice success" role="status">
              {tco(`done.${notice.cosponsor}`)}
            </p>
          )}
          <CoSponsorList rows={view.coSponsors}>{(row) => (view.canWithdrawCoSponsor(row) ? <WithdrawCoSponsorButton contributionId={id} coSponsorId={row.id} /> : null)}</CoSponsorList>
          {view.canInviteCoSponsor && (
            <>
              <h3>{tco("invite")}</h3>
              <InviteCoSponsorForm contributionId={id} organisations={view.invitable} />
            </>
          )}
          {view.coSponsorsAfterSubmission && <p className="hint">{tco("afterSubmission")}</p>}
          {view.coSponsorsLocked && <p className="hint">{tco("locked")}</p>}
          <VersionList c={view} basePath={`/${locale}/my/contributions/${id}/versions`} />
          {view.documentParts && (
            <DocumentParts parts={view.documentParts.parts} actions={(p) => (view.documentParts?.awaitsText(p) ? <SubmitPartForm contributionId={contribution.id} request={{ id: p.id, kind: p.kind }} /> : null)}>
              {view.documentParts.canSubmit && <SubmitPartForm contributionId={contribution.id} />}
            </DocumentParts>
          )}
          {view.timeline && <Timeline events={view.timeline.events} emails={view.timeline.emails} />}
        </div>
        <div>
          {view.canWithdraw && <WithdrawForm key={contribution.status} contributionId={contribution.id} status={contribution.status} />}
          {view.canDeleteDraft && <DeleteDraftForm contributionId={contribution.id} />}
          {view.extension && (
            <section className="aside-panel" aria-labelledby="extension-heading">
              <h2 id="extension-heading" style={{ marginBlockStart: 0 }}>
                {te("heading")}
              </h2>
              <p>
                {te("effective")}: <DateTime value={view.extension.deadline} timeZone={timeZone} />
              </p>
              {notice.extensionRequested && (
                <p className="notice success" role="status">
                  {te("done.request")}
                </p>
              )}
              {contribution.extendedUntil && (
                <p>
                  {te("granted", { until: `${format.dateTime(contribution.extendedUntil, { dateStyle: "full", timeStyle: "short", timeZone })} (${timeZone})` })}{" "}
                  {contribution.extensionReason && <UserText as="span">{contribution.extensionReason}</UserText>}
                </p>
              )}
              {view.extension.requested ? (
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
