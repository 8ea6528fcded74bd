/** The secretariat's list of extension requests, each with its grant/refuse form. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadExtensionRequestsView } from "@/lib/loaders/secretariat-views";
import { AnswerExtensionForm } from "@/components/contributions/extension-forms";
import { UserText } from "@/components/ui/user-text";
import { DateTime } from "@/components/ui/date-time";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("extension", "listHeading");

export default async function ExtensionRequestsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("contribution.decide", locale, `/${locale}/secretariat/extensions`);
  const t = await getTranslations("extension");
  const tm = await getTranslations("my");
  const { requests, done } = await loadExtensionRequestsView(actor, await searchParams);
  return (
    <>
      <h1>{t("listHeading")}</h1>
      <p>{t("listIntro")}</p>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      {requests.length === 0 && <p>{t("none")}</p>}
      <div className="cards">
        {requests.map((r) => (
          <article key={r.id} className="card" data-testid="extension-request">
            <h2 style={{ fontSize: "1.15rem" }}>
              <UserText lang={r.language}>{r.title || "—"}</UserText>
            </h2>
            <p className="meta">
              <UserText>{r.organisation.name}</UserText> · <DateTime value={r.extensionRequestedAt} /> · {tm("deadline")}: <DateTime value={r.consultation.closesAt} timeZone={r.consultation.timeZone} />
            </p>
            <p>
              <UserText as="span">{r.extensionRequestNote ?? ""}</UserText>
            </p>
            <AnswerExtensionForm contributionId={r.id} timeZone={r.consultation.timeZone} />
          </article>
        ))}
      </div>
    </>
  );
}
