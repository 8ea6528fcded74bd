/**
 * Baseline texts of the Action Lines (what revision proposals amend), in versions: the list, the
 * download of each as a loadable definition, and the form to load a revised text as the next
 * version. Proposals already made stay tied to the version they amend.
 */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadBaselinesView } from "@/lib/loaders/secretariat-views";
import { BaselineForm } from "@/components/proposals/baseline-form";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("baselines", "heading");

export default async function BaselinesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ loaded?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("baseline.load", locale, `/${locale}/secretariat/baselines`);
  const t = await getTranslations("baselines");
  const format = await getFormatter();
  const { versions, loaded } = await loadBaselinesView(await searchParams);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {Number.isInteger(loaded) && loaded > 0 && (
        <p className="notice success" role="status">
          {t("loaded", { version: loaded })}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("title")}</th>
              <th scope="col">{t("provisions")}</th>
              <th scope="col">{t("loadedAt")}</th>
              <th scope="col">{t("download")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td lang="en">
                  {v.title} <span className="meta">({v.documentRef})</span>
                </td>
                <td>{format.number(v.provisions)}</td>
                <td>{format.dateTime(v.loadedAt, { dateStyle: "medium", timeZone: "UTC" })}</td>
                <td>
                  <a href={`/api/v1/baselines/${v.version}`} download={`baseline-v${v.version}.json`}>
                    JSON
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("loadHeading")}</h2>
      <BaselineForm />
    </>
  );
}
