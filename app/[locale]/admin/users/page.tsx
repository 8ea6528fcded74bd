/** The admin's list of people: search by name or e-mail, filter by role and state, pages by e-mail. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { ZUserListQuery, PLATFORM_ROLES, parseListQuery } from "@/lib/schemas/admin";
import { loadAdminUsersView } from "@/lib/loaders/admin-users-view";
import { AdminNav } from "@/components/admin/admin-nav";

type Search = Record<string, string | string[] | undefined>;

export default async function AdminUsers({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/users`);
  const t = await getTranslations("admin.users");
  const query = parseListQuery(ZUserListQuery, await searchParams);
  const { rows, next, selfId } = await loadAdminUsersView(actor, query);
  const nextHref = next ? `/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}), ...(query.state ? { state: query.state } : {}), after: next })}` : null;
  return (
    <>
      <AdminNav />
      <h1>{t("heading")}</h1>
      <form method="get" className="toolbar queue-filters" role="search" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="users-q">{t("search")}</label>
          <input id="users-q" name="q" type="search" dir="auto" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t("roleLabel")}</label>
          <select id="users-role" name="role" defaultValue={query.role ?? ""}>
            <option value="">{t("any")}</option>
            {PLATFORM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-state">{t("stateLabel")}</label>
          <select id="users-state" name="state" defaultValue={query.state ?? ""}>
            <option value="">{t("any")}</option>
            <option value="active">{t("state.active")}</option>
            <option value="deactivated">{t("state.deactivated")}</option>
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
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("roleLabel")}</th>
                <th scope="col">{t("stateLabel")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <td>
                    <Link href={`/admin/users/${u.id}`}>
                      <bdi>{u.name || u.email}</bdi>
                    </Link>
                    {u.id === selfId && <> ({t("you")})</>}
                  </td>
                  <td>
                    <bdi dir="ltr">{u.email}</bdi>
                  </td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.deactivatedAt ? <strong>{t("state.deactivated")}</strong> : t("state.active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        <nav aria-label={t("pages")}>
          {query.after && <Link href="/admin/users">{t("firstPage")}</Link>}
          {nextHref && <Link href={nextHref}>{t("nextPage")}</Link>}
        </nav>
      </div>
    </>
  );
}
