/** Create (/new) or edit a CWG meeting (secretariat). */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadMeetingFormView } from "@/lib/loaders/meetings";
import { MeetingForm } from "@/components/meetings/meeting-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; number: string }> }) {
  const { locale, number } = await params;
  const t = await getTranslations({ locale, namespace: "meetings" });
  return { title: number === "new" ? t("newHeading") : t("editHeading", { number }) };
}

export default async function EditMeeting({ params }: { params: Promise<{ locale: string; number: string }> }) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("meeting.manage", locale, `/${locale}/secretariat/meetings/${encodeURIComponent(number)}`);
  const n = number === "new" ? null : /^[1-9]\d{0,3}$/.test(number) ? Number(number) : undefined;
  if (n === undefined) notFound();
  const view = await loadMeetingFormView(actor, n);
  if (!view) notFound();
  const t = await getTranslations("meetings");
  return (
    <>
      <h1>{n === null ? t("newHeading") : t("editHeading", { number: n })}</h1>
      <MeetingForm initial={view.values} timeZones={Intl.supportedValuesOf("timeZone")} />
    </>
  );
}
