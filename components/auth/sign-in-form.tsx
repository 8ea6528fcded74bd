"use client";
/**
 * Asks next-auth to e-mail a sign-in link (Email provider). The link comes back to
 * `callbackUrl`, a path on this site only (anything else is replaced by the home page).
 */
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { z } from "zod";
import { Link } from "@/i18n/navigation";

const ZEmail = z.string().trim().email();

export function SignInForm({ callbackUrl, mailbox }: { callbackUrl: string; mailbox: boolean }) {
  const t = useTranslations("signin");
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "sent" | "invalid" | "failed" | "limited">("idle");
  const safeCallback = callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : `/${locale}`;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = ZEmail.safeParse(email);
    if (!parsed.success) return setState("invalid");
    setState("sending");
    const res = await signIn("email", { email: parsed.data, callbackUrl: safeCallback, redirect: false }).catch(() => undefined);
    setState(res?.ok && !res.error ? "sent" : res?.error === "RateLimited" ? "limited" : "failed");
  }

  if (state === "sent") {
    return (
      <div className="notice success" role="status">
        <p>{t("sent", { email: email.trim() })}</p>
        {mailbox && (
          <p>
            <Link href="/dev/mailbox">{t("devHint")}</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      {(state === "failed" || state === "limited") && (
        <p className="notice error" role="alert">
          {t(state === "limited" ? "rateLimited" : "failed")}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={state === "invalid"}
          aria-describedby={state === "invalid" ? "email-error" : undefined}
        />
        {state === "invalid" && (
          <p id="email-error" className="field-error">
            {t("invalidEmail")}
          </p>
        )}
      </div>
      <button type="submit" disabled={state === "sending"}>
        {state === "sending" ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
