import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { devMailboxOpenTo } from "@/lib/http/dev-mailbox";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ProviderSignIn } from "@/components/auth/provider-sign-in";
import { OIDC_PROVIDER_ID, oidcName } from "@/lib/auth/oidc";

/** next-auth's error codes of a refused or failed provider sign-in (the rest concern e-mail links). */
const PROVIDER_ERRORS = ["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "OAuthAccountNotLinked", "Callback"];
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
  const errorCode = Array.isArray(error) ? error[0] : error;
  const provider = oidcName();
  const errorMessage = errorCode === "AccessDenied" ? t("accessDenied") : errorCode === "CrossSite" ? t("crossSite") : PROVIDER_ERRORS.includes(errorCode ?? "") ? t("providerError") : t("linkError");
  return (
    <div style={{ maxInlineSize: "32rem" }}>
      <h1>{t("heading")}</h1>
      {error && (
        <p className="notice error" role="alert">
          {errorMessage}
        </p>
      )}
      <p>{t("intro")}</p>
      <SignInForm callbackUrl={path} mailbox={devMailboxOpenTo(await headers())} />
      {provider && <ProviderSignIn providerId={OIDC_PROVIDER_ID} name={provider} callbackUrl={path} />}
    </div>
  );
}
