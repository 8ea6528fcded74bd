"use client";
/**
 * "Sign in with <provider>": starts next-auth's OpenID Connect flow (a POST with the CSRF token,
 * then the browser goes to the provider and comes back to `callbackUrl`, a path on this site).
 */
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function ProviderSignIn({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const t = useTranslations("signin");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const safeCallback = callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : `/${locale}`;
  return (
    <section aria-labelledby="provider-sign-in" className="provider-sign-in">
      <h2 id="provider-sign-in">{t("providerHeading")}</h2>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signIn(providerId, { callbackUrl: safeCallback }).catch(() => setBusy(false));
        }}
      >
        {t("withProvider", { name })}
      </button>
    </section>
  );
}
