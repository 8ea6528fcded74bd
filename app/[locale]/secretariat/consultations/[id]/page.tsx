/** Create (/new) or edit a consultation. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadConsultationEditView } from "@/lib/loaders/consultation-edit-view";
import { ConsultationForm } from "@/components/forms/consultation-form";

export default async function EditConsultation({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission("consultation.manage", locale, `/${locale}/secretariat/consultations/${id}`);
  const view = await loadConsultationEditView(id);
  if (!view) notFound();
  const t = await getTranslations("consultations");
  return (
    <div style={{ maxInlineSize: "48rem" }}>
      <h1>{view.isNew ? t("new") : t("edit")}</h1>
      <ConsultationForm initial={view.initial} timeZones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
