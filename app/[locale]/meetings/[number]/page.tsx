/**
 * One CWG meeting with its document list as ITU's meeting pages have it: document number, source
 * organisation(s), title, languages available, revisions. The secretariat also lists and takes
 * off documents here, and downloads the meeting's compilation and files.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { loadMeetingView } from "@/lib/loaders/meetings";
import { MeetingFactsList } from "@/components/meetings/meeting-facts";
import { MeetingDocumentForm, RemoveMeetingDocumentButton } from "@/components/meetings/meeting-document-forms";
import { UserText } from "@/components/ui/user-text";
import { nativeLanguageName } from "@/lib/reference";

const meetingNumber = (s: string) => (/^[1-9]\d{0,3}$/.test(s) ? Number(s) : null);

export async function generateMetadata({ params }: { params: Promise<{ locale: string; number: string }> }) {
  const { locale, number } = await params;
  const t = await getTranslations({ locale, namespace: "meetings" });
  return { title: t("meetingTitle", { number: meetingNumber(number) ?? number }) };
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ locale: string; number: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  const n = meetingNumber(number);
  if (n === null) notFound();
  const view = await loadMeetingView(await getActor(), n);
  if (!view) notFound();
  const t = await getTranslations("meetings");
  const { meeting, documents } = view;
  return (
    <>
      <p>
        <Link href="/meetings">{t("back")}</Link>
      </p>
      <h1>{t("meetingTitle", { number: meeting.number })}</h1>
      {(await searchParams).saved && (
        <p className="notice success" role="status">
          {t("saved")}
        </p>
      )}
      <MeetingFactsList m={meeting} />
      {view.canManage && (
        <p>
          <Link href={`/secretariat/meetings/${meeting.number}`}>{t("edit")}</Link>
        </p>
      )}
      <h2 id="documents">{t("documents")}</h2>
      {documents.length === 0 ? (
        <p>{t("noDocuments")}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="documents" data-testid="meeting-documents" className="stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t("colNumber")}</th>
                <th scope="col">{t("colSource")}</th>
                <th scope="col">{t("colTitle")}</th>
                <th scope="col">{t("colLanguages")}</th>
                <th scope="col">{t("colRevisions")}</th>
                {view.canManage && <td />}
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.contributionId}>
                  <td className="nowrap" data-label={t("colNumber")}>
                    <Link href={`/contributions/${d.referenceNumber}`} dir="ltr">
                      {d.documentNumber}
                    </Link>
                  </td>
                  <td data-label={t("colSource")}>
                    {d.sources.map((s, i) => (
                      <span key={s.shortCode}>
                        {i > 0 && ", "}
                        <UserText>{s.name}</UserText>
                      </span>
                    ))}
                  </td>
                  <td data-label={t("colTitle")}>
                    <UserText lang={d.language}>{d.title}</UserText>
                  </td>
                  <td data-label={t("colLanguages")}>
                    {d.languages.map((l, i) => (
                      <span key={l}>
                        {i > 0 && ", "}
                        <span lang={l}>{nativeLanguageName(l)}</span>
                        {l === d.language && ` (${t("original")})`}
                      </span>
                    ))}
                  </td>
                  <td data-label={t("colRevisions")}>
                    {d.revisions.length === 0
                      ? t("noRevisions")
                      : d.revisions.map((r, i) => (
                          <span key={r}>
                            {i > 0 && ", "}
                            <bdi dir="ltr">{r}</bdi>
                          </span>
                        ))}
                  </td>
                  {view.canManage && (
                    <td>
                      <RemoveMeetingDocumentButton meetingId={meeting.id} contributionId={d.contributionId} documentNumber={d.documentNumber} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.canManage && <MeetingDocumentForm meetingId={meeting.id} />}
      {view.exports && documents.length > 0 && (
        <>
          <h2>{t("exportsHeading")}</h2>
          <ul className="export-links">
            <li>
              <a href={view.exports.docx}>{t("exportDocx")}</a>
            </li>
            <li>
              <a href={view.exports.zip}>{t("exportZip")}</a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
