import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { loadHomeView } from "@/lib/loaders/public-views";
import { ConsultationCard } from "@/components/contributions/consultation-summary";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("home", "heading", () => "/");

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const { consultations, now } = await loadHomeView();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("consultations")}</h2>
      {consultations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="cards">
          {consultations.map((c) => (
            <ConsultationCard key={c.id} c={c} now={now} />
          ))}
        </div>
      )}
      <p style={{ marginBlockStart: "1.5rem" }}>
        <Link href="/contributions">{t("readPublished")}</Link>
      </p>
    </>
  );
}
