/** Create (/new) or edit a consultation. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadConsultationEditView } from "@/lib/loaders/consultation-edit-view";
import { ConsultationForm } from "@/components/forms/consultation-form";
import type { Metadata } from "next";
import { CONSULTATION_TRANSLATIONS } from "@/lib/schemas/consultation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "consultations" });
  const view = await loadConsultationEditView(id);
  if (!view || view.isNew) return { title: t("new") };
  const suffix = CONSULTATION_TRANSLATIONS.find(([lang]) => lang === locale)?.[1];
  return { title: `${t("edit")}: ${(suffix && view.initial[`title${suffix}`]) || view.initial.titleEn}` };
}

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
