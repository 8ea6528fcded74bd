/** Shown once an account was deleted. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function AccountDeleted({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account");
  return (
    <>
      <h1>{t("deletedHeading")}</h1>
      <p role="status">{t("deletedBody")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
