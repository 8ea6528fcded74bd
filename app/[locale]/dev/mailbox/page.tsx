/**
 * Development mailbox (/dev/mailbox): e-mails stored in the outbox when SMTP_URL is unset, with
 * their sign-in links. 404 unless switched on and asked from loopback (lib/http/dev-mailbox.ts).
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { devMailboxOpenTo } from "@/lib/http/dev-mailbox";
import { loadDevMailboxView } from "@/lib/loaders/dev-mailbox-view";
import { DateTime } from "@/components/ui/date-time";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("mailbox", "heading");

export default async function MailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requestHeaders = await headers();
  if (!devMailboxOpenTo(requestHeaders)) notFound();
  const mails = await loadDevMailboxView(requestHeaders);
  const t = await getTranslations("mailbox");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="notice warning">{t("intro")}</p>
      {mails.length === 0 && <p>{t("empty")}</p>}
      <div className="cards">
        {mails.map((m) => (
          <article key={m.id} className="card" data-testid="mail" data-to={m.to}>
            <dl className="facts">
              <dt>{t("to")}</dt>
              <dd>
                <bdi dir="ltr">{m.to}</bdi>
              </dd>
              <dt>{t("subject")}</dt>
              <dd>
                <bdi lang={m.locale}>{m.subject}</bdi>
              </dd>
              <dt>{t("sent")}</dt>
              <dd>
                <DateTime value={m.createdAt} />
              </dd>
            </dl>
            {m.link && (
              <p>
                <a href={m.link} data-testid="sign-in-link">
                  {t("openLink")}
                </a>
              </p>
            )}
            <pre className="content" lang={m.locale} dir="auto" style={{ fontFamily: "inherit" }}>
              {m.text}
            </pre>
          </article>
        ))}
      </div>
    </>
  );
}
