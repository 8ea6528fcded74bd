/** The secretariat e-mails the contributors of a consultation, and sees what was sent. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadAnnouncementsView } from "@/lib/loaders/announcements";
import { QUEUE_STATUSES } from "@/lib/schemas/queue";
import { AnnouncementForm } from "@/components/announcements/announcement-form";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "announcements" });
  return { title: t("heading") };
}

export default async function AnnouncementsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("announcement.send", locale, `/${locale}/secretariat/announcements`);
  const view = await loadAnnouncementsView(actor, locale);
  const t = await getTranslations("announcements");
  const ts = await getTranslations("status");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <AnnouncementForm consultations={view.consultations.map((c) => ({ id: c.id, title: c.title.text, lang: c.title.lang }))} statuses={QUEUE_STATUSES.filter((s) => s !== "WITHDRAWN")} />
      <h2 id="sent">{t("history")}</h2>
      {view.sent.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="sent" className="stack-on-phone" data-testid="announcements">
            <thead>
              <tr>
                <th scope="col">{t("colSent")}</th>
                <th scope="col">{t("colSubject")}</th>
                <th scope="col">{t("colStatuses")}</th>
                <th scope="col">{t("colRecipients")}</th>
              </tr>
            </thead>
            <tbody>
              {view.sent.map((a) => (
                <tr key={a.id}>
                  <td data-label={t("colSent")}>
                    <DateTime value={a.sentAt} />
                  </td>
                  <td data-label={t("colSubject")}>
                    <UserText lang={a.subject.lang}>{a.subject.text}</UserText>
                  </td>
                  <td data-label={t("colStatuses")}>{a.statuses.length ? a.statuses.map((s) => ts(s as "SUBMITTED")).join(", ") : t("allStatuses")}</td>
                  <td data-label={t("colRecipients")}>{a.recipients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
