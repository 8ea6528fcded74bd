import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { loadMyContributionsView } from "@/lib/loaders/my-contributions-view";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserText } from "@/components/ui/user-text";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("my", "heading");

export default async function MyContributions({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my`);
  const t = await getTranslations("my");
  const tq = await getTranslations("queue.columns");
  const rows = await loadMyContributionsView(actor);
  const deleted = (await searchParams).deleted === "1";
  const td = await getTranslations("deleteDraft");
  return (
    <>
      <h1>{t("heading")}</h1>
      {deleted && (
        <p className="notice success" role="status">
          {td("deleted")}
        </p>
      )}
      <p>{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{tq("referenceNumber")}</th>
                <th scope="col">{tq("title")}</th>
                <th scope="col">{tq("organisationName")}</th>
                <th scope="col">{tq("status")}</th>
                <th scope="col">{tq("submittedAt")}</th>
                <th scope="col">{t("nextAction")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td><bdi className="nowrap">{c.referenceNumber ?? "—"}</bdi></td>
                  <td className="title">
                    <Link href={`/my/contributions/${c.id}`}>
                      <UserText lang={c.language}>{c.title}</UserText>
                    </Link>
                  </td>
                  <td><UserText>{c.organisation.name}</UserText></td>
                  <td><StatusBadge status={c.status} /></td>
                  <td><DateTime value={c.submittedAt} /></td>
                  <td>
                    {c.editMode ? (
                      <Link href={`/my/contributions/${c.id}/edit`}>{t(`next.${c.status as "DRAFT"}`)}</Link>
                    ) : (
                      t(`next.${c.status as "DRAFT"}`)
                    )}
                    {c.deadline && (
                      <div className="meta">
                        {t("deadline")}: <DateTime value={c.deadline} timeZone={c.consultation.timeZone} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
