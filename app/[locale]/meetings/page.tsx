/** Public list of CWG meetings, newest first, each with its number of listed documents. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { loadMeetingsView } from "@/lib/loaders/meetings";
import { MeetingFactsList } from "@/components/meetings/meeting-facts";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "meetings" });
  return { title: t("heading") };
}

export default async function MeetingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("meetings");
  const view = await loadMeetingsView(await getActor());
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {view.canManage && (
        <p>
          <Link className="button" href="/secretariat/meetings/new">
            {t("new")}
          </Link>
        </p>
      )}
      {view.meetings.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cards" data-testid="meetings">
          {view.meetings.map((m) => (
            <li key={m.id}>
              <h2>
                <Link href={`/meetings/${m.number}`}>{t("meetingTitle", { number: m.number })}</Link>
              </h2>
              <MeetingFactsList m={m} />
              <p>{t("documentCount", { count: m.documentCount })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
