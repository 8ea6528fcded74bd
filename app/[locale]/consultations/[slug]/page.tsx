import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { loadConsultationView } from "@/lib/loaders/consultation-view";
import { pickLocalised } from "@/lib/localised";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import type { Metadata } from "next";
import { languageAlternates } from "@/i18n/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const consultation = (await loadConsultationView(await getActor(), slug))?.consultation;
  if (!consultation) return {};
  return { title: pickLocalised(consultation.title, locale).text, alternates: languageAlternates(locale, `/consultations/${consultation.slug}`) };
}

export default async function ConsultationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const view = await loadConsultationView(await getActor(), slug);
  if (!view) notFound();
  const { consultation, now, state, next } = view;
  const [t, tn] = await Promise.all([getTranslations("consultation"), getTranslations("nav")]);
  const title = pickLocalised(consultation.title, locale);
  const description = pickLocalised(consultation.description, locale);
  return (
    <>
      <h1 lang={title.lang}>{title.text}</h1>
      <p lang={description.lang}>{description.text}</p>
      <ConsultationWindow c={consultation} now={now} />
      {next ? (
        next === "signIn" ? (
          <p>
            <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(`/${locale}/consultations/${slug}/contribute`)}`}>
              {t("signInToContribute")}
            </Link>
          </p>
        ) : next === "contribute" ? (
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
