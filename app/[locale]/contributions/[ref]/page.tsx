/**
 * The permanent public address of a published contribution: /{locale}/contributions/{reference}.
 * Anything not published (draft, submitted, rejected…) is a 404, exactly like an unknown one.
 * A document number in its place (/contributions/CWG-WSIS%26SDG%2FWSIS20%2F5, as people cite
 * it) redirects permanently to the reference's address.
 */
import { notFound, permanentRedirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { documentInLanguage, loadPublicContributionView, loadUnpublishedNotice, referenceForDocumentNumber } from "@/lib/loaders/public-contribution-view";
import { UnpublishedNotice } from "@/components/contributions/unpublished-notice";
import { CampaignNote } from "@/components/contributions/campaign-note";
import { pickLocalised } from "@/lib/localised";
import { ContributionView } from "@/components/contributions/contribution-view";
import { AttachmentList } from "@/components/contributions/attachment-list";
import { CoSponsorList } from "@/components/contributions/cosponsor-list";
import { languageAlternates } from "@/i18n/metadata";
import { CurrentRevision, PublicHistory } from "@/components/documents/public-history";
import { LanguageSwitch } from "@/components/documents/language-switch";

type Params = Promise<{ locale: string; ref: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, ref } = await params;
  const c = (await loadPublicContributionView(ref))?.contribution;
  const notice = c ? null : await loadUnpublishedNotice(ref);
  // An unpublished document: its notice is not for search engines.
  if (notice) return { title: `${notice.documentNumber} — \u2068${notice.title}\u2069`, robots: { index: false } };
  // FSI…PDI isolates the title, so a right-to-left title does not reorder the tab's text.
  return c ? { title: `${c.documentNumber} — \u2068${c.title}\u2069`, alternates: languageAlternates(locale, `/contributions/${encodeURIComponent(c.referenceNumber ?? ref)}`) } : {};
}

export default async function PublicContributionPage({ params, searchParams }: { params: Params; searchParams?: Promise<{ lang?: string | string[] }> }) {
  const { locale, ref } = await params;
  const lang = (await searchParams)?.lang;
  setRequestLocale(locale);
  const view = await loadPublicContributionView(ref);
  if (!view) {
    const notice = await loadUnpublishedNotice(ref);
    if (notice && notice.referenceNumber !== decodeURIComponent(ref)) permanentRedirect(`/${locale}/contributions/${encodeURIComponent(notice.referenceNumber)}`);
    if (notice) return <UnpublishedNotice notice={notice} />;
    const target = await referenceForDocumentNumber([ref]);
    if (target) permanentRedirect(`/${locale}/contributions/${encodeURIComponent(target)}`);
    notFound();
  }
  const { c: contribution, shown } = documentInLanguage(view.contribution, view.languageVersions, typeof lang === "string" ? lang : undefined);
  const path = `/contributions/${encodeURIComponent(view.contribution.referenceNumber ?? ref)}`;
  const [t, tp, format] = await Promise.all([getTranslations("contribution"), getTranslations("public"), getFormatter()]);
  const consultationTitle = pickLocalised(contribution.consultation.title, locale);
  return (
    <>
      <p>
        <Link href="/contributions">{tp("back")}</Link>
      </p>
      <LanguageSwitch path={path} original={view.contribution.language} versions={view.languageVersions} shown={shown} />
      <CurrentRevision current={view.currentRevision} publishedAt={contribution.publishedAt} />
      <ContributionView c={contribution} showStatus={false} />
      <PublicHistory reference={contribution.referenceNumber ?? ref} revisions={view.revisions} addenda={view.addenda} originalAt={contribution.publishedAt} />
      <AttachmentList attachments={view.attachments} headingLevel={2} />
      <CoSponsorList rows={view.coSponsors} showStatus={false} />
      {view.campaign && <CampaignNote campaign={view.campaign} />}
      <h2>{t("cite")}</h2>
      <p className="content">
        {t.rich("citation", {
          org: (chunks) => <bdi>{chunks}</bdi>,
          quoted: (chunks) => <bdi lang={contribution.language ?? undefined}>{chunks}</bdi>,
          doc: (chunks) => <bdi className="nowrap">{chunks}</bdi>,
          cons: (chunks) => <bdi lang={consultationTitle.lang}>{chunks}</bdi>,
          organisation: contribution.organisation.name,
          title: contribution.title,
          documentNumber: contribution.documentNumber ?? "",
          consultation: consultationTitle.text,
          date: contribution.publishedAt ? format.dateTime(contribution.publishedAt, { dateStyle: "long", timeZone: "UTC" }) : "",
        })}
      </p>
    </>
  );
}
