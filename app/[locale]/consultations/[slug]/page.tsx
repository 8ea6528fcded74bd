import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getConsultationBySlug } from "@/lib/services/consultations/get-consultations";
import { windowState } from "@/lib/services/consultations/window";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { pickLocalised } from "@/lib/localised";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import type { Metadata } from "next";
import { languageAlternates } from "@/i18n/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) return {};
  return { title: pickLocalised(consultation.title, locale).text, alternates: languageAlternates(locale, `/consultations/${consultation.slug}`) };
}

export default async function ConsultationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) notFound();
  const t = await getTranslations("consultation");
  const tn = await getTranslations("nav");
  const actor = await getActor();
  const now = new Date();
  const state = windowState(consultation, now);
  const open = state === "open";
  const title = pickLocalised(consultation.title, locale);
  const description = pickLocalised(consultation.description, locale);
  return (
    <>
      <h1 lang={title.lang}>{title.text}</h1>
      <p lang={description.lang}>{description.text}</p>
      <ConsultationWindow c={consultation} now={now} />
      {open ? (
        actor.kind !== "user" ? (
          <p>
            <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/${locale}/consultations/${slug}/contribute`)}`}>
              {t("signInToContribute")}
            </Link>
          </p>
        ) : can(actor, "contribution.create") ? (
          <p>
            <Link className="button" href={`/consultations/${slug}/contribute`}>
              {t("contribute")}
            </Link>
          </p>
        ) : (
          <p className="notice warning">
            {t("notAffiliated")} <Link href="/affiliation">{tn("affiliation")}</Link>
          </p>
        )
      ) : (
        <p className="notice warning">{t(state === "upcoming" ? "upcomingNotice" : "closedNotice")}</p>
      )}
      <h2>{t("questions")}</h2>
      <ol>
        {consultation.guidingQuestions.map((q) => {
          const text = pickLocalised(q.text, locale);
          return (
            <li key={q.id} lang={text.lang}>
              {text.text}
            </li>
          );
        })}
      </ol>
    </>
  );
}
