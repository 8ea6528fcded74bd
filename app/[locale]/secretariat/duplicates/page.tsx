/** Clusters of near-identical inputs (form-letter campaigns), largest first, with counts. */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PlainLink } from "@/components/ui/plain-link";
import { requirePermission } from "@/lib/auth/guard";
import { loadCampaignsView, loadDuplicateClustersView } from "@/lib/loaders/secretariat-views";
import { CampaignsPanel } from "@/components/triage/campaigns-panel";
import { UserText } from "@/components/ui/user-text";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("duplicates", "pageHeading");

export default async function DuplicatesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/duplicates`);
  const t = await getTranslations("duplicates");
  const format = await getFormatter();
  const [clusters, campaigns, { done }] = await Promise.all([loadDuplicateClustersView(actor), loadCampaignsView(actor), searchParams]);
  return (
    <>
      <h1>{t("pageHeading")}</h1>
      <p className="hint">{t("pageHint")}</p>
      {clusters.length === 0 ? (
        <p>{t("noClusters")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="duplicate-clusters">
            <thead>
              <tr>
                <th scope="col">{t("count")}</th>
                <th scope="col">{t("consultation")}</th>
                <th scope="col">{t("examples")}</th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => (
                <tr key={`${c.consultationId}:${c.bodyHash}`}>
                  <td className="numeric">{format.number(c.count)}</td>
                  <td>
                    <bdi>{c.consultationCode}</bdi>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {c.sample.map((m) => (
                        <li key={m.id}>
                          <bdi className="nowrap">{m.referenceNumber}</bdi>{" "}
                          <PlainLink href={`/secretariat/contributions/${m.id}`}>
                            <UserText>{m.title}</UserText>
                          </PlainLink>
                        </li>
                      ))}
                      {c.count > c.sample.length && <li className="meta">{t("more", { count: c.count - c.sample.length })}</li>}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CampaignsPanel {...campaigns} done={done === "campaign"} />
    </>
  );
}
