import { getTranslations, setRequestLocale } from "next-intl/server";
import { mailboxEnabled } from "@/lib/env";
import { SignInForm } from "@/components/auth/sign-in-form";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("signin", "heading");

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations("signin");
  // next-auth may hand back an absolute URL of this site: keep only its path.
  const first = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  const path = (typeof first === "string" ? first : `/${locale}`).replace(/^https?:\/\/[^/]+/, "");
  return (
    <div style={{ maxInlineSize: "32rem" }}>
      <h1>{t("heading")}</h1>
      {error && (
        <p className="notice error" role="alert">
          {t("linkError")}
        </p>
      )}
      <p>{t("intro")}</p>
      <SignInForm callbackUrl={path} mailbox={mailboxEnabled()} />
    </div>
  );
}
