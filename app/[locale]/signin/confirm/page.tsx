/**
 * Confirms a sign-in from an e-mailed link (issue 12 item 15): opening the link (GET) changes
 * nothing, so a mail scanner that follows it uses up no token; the button POSTs the token to
 * next-auth's e-mail callback, which signs this browser in (lib/auth/sign-in-link.ts).
 */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ConfirmSignIn({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations("signin");
  const token = first(raw.token);
  const email = first(raw.email);
  const callbackUrl = first(raw.callbackUrl);
  const usable = /^[A-Za-z0-9_-]{1,200}$/.test(token) && email.length > 0 && email.length <= 254;
  const action = `/api/auth/callback/email?${new URLSearchParams({ callbackUrl: callbackUrl || `/${locale}`, token, email })}`;
  return (
    <div style={{ maxInlineSize: "32rem" }}>
      <h1>{t("confirmHeading")}</h1>
      {usable ? (
        <form method="post" action={action}>
          <p>{t.rich("confirmIntro", { email, address: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
          <button type="submit">{t("confirmButton")}</button>
        </form>
      ) : (
        <p className="notice error" role="alert">
          {t("linkError")} <Link href="/signin">{t("heading")}</Link>
        </p>
      )}
    </div>
  );
}
