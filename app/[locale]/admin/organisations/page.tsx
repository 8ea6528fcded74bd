/** The admin's list of organisations: search by name or short code, filter by verification. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { ZOrganisationListQuery, parseListQuery } from "@/lib/schemas/admin";
import { loadAdminOrganisationsView } from "@/lib/loaders/admin-organisations-view";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserText } from "@/components/ui/user-text";

export default async function AdminOrganisations({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/organisations`);
  const t = await getTranslations("admin.organisations");
  const tCat = await getTranslations("membershipCategory");
  const query = parseListQuery(ZOrganisationListQuery, await searchParams);
  const { rows, next } = await loadAdminOrganisationsView(actor, query);
  const nextHref = next ? `/admin/organisations?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.verified ? { verified: query.verified } : {}), after: next })}` : null;
  return (
    <>
      <AdminNav />
      <h1>{t("heading")}</h1>
      <form method="get" className="toolbar queue-filters" role="search" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="orgs-q">{t("search")}</label>
          <input id="orgs-q" name="q" type="search" dir="auto" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="orgs-verified">{t("verifiedLabel")}</label>
          <select id="orgs-verified" name="verified" defaultValue={query.verified ?? ""}>
            <option value="">{t("any")}</option>
            <option value="yes">{t("verified")}</option>
            <option value="no">{t("notVerified")}</option>
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      {rows.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("heading")} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("shortCode")}</th>
                <th scope="col">{t("category")}</th>
                <th scope="col">{t("verifiedLabel")}</th>
                <th scope="col">{t("counts")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} data-testid="organisation-row">
                  <td>
                    <Link href={`/admin/organisations/${o.id}`}>
                      <UserText>{o.name}</UserText>
                    </Link>
                  </td>
                  <td>
                    <bdi dir="ltr">{o.shortCode}</bdi>
                  </td>
                  <td>{tCat(o.membershipCategory)}</td>
                  <td>{o.verified ? t("verified") : t("notVerified")}</td>
                  <td>{t("countsValue", { members: o._count.memberships, contributions: o._count.contributions })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        <nav aria-label={t("pages")}>
          {query.after && <Link href="/admin/organisations">{t("firstPage")}</Link>}
          {nextHref && <Link href={nextHref}>{t("nextPage")}</Link>}
        </nav>
      </div>
    </>
  );
}
