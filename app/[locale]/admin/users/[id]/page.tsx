/** One person, for the admin: role, state, affiliations, recent events; change role, deactivate. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { isId } from "@/lib/schemas/id";
import { loadAdminUserView } from "@/lib/loaders/admin-users-view";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActiveForm, RoleForm } from "@/components/admin/user-forms";
import { AuditTable } from "@/components/admin/audit-table";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

const DONE = ["role", "deactivated", "reactivated"] as const;

export default async function AdminUser({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/users`);
  if (!isId(id)) notFound();
  const screen = await loadAdminUserView(actor, id);
  if (!screen) notFound();
  const t = await getTranslations("admin.users");
  const ta = await getTranslations("affiliation");
  const requested = (await searchParams).done;
  const done = DONE.find((d) => d === requested);
  const { user, events, may, isSelf } = screen;
  return (
    <>
      <AdminNav />
      <h1>
        <bdi>{user.name || user.email}</bdi>
      </h1>
      {done && (
        <p className="notice success" role="status">
          {t(`done.${done}`)}
        </p>
      )}
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd>
          <bdi dir="ltr">{user.email}</bdi>
        </dd>
        <dt>{t("roleLabel")}</dt>
        <dd>{t(`role.${user.role}`)}</dd>
        <dt>{t("stateLabel")}</dt>
        <dd>
          {user.deactivatedAt ? (
            <>
              {t("state.deactivated")} (<DateTime value={user.deactivatedAt} />)
            </>
          ) : (
            t("state.active")
          )}
        </dd>
        <dt>{t("since")}</dt>
        <dd>
          <DateTime value={user.createdAt} dateOnly />
        </dd>
        <dt>{t("sessions")}</dt>
        <dd>{user._count.sessions}</dd>
        <dt>{t("memberships")}</dt>
        <dd>
          {user.memberships.length === 0
            ? "—"
            : user.memberships.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && " · "}
                  <UserText>{m.organisation.name}</UserText> ({ta(`role.${m.role}`)}
                  {!m.verifiedAt && <>, {t("unverified")}</>})
                </span>
              ))}
        </dd>
      </dl>
      {isSelf ? (
        <p className="notice">{t("selfNote")}</p>
      ) : (
        <>
          <h2>{t("roleHeading")}</h2>
          {may.changeRole && <RoleForm userId={user.id} role={user.role} />}
          <h2>{t("accessHeading")}</h2>
          <ActiveForm userId={user.id} deactivated={!!user.deactivatedAt} />
        </>
      )}
      <h2>{t("eventsHeading")}</h2>
      {events.length ? <AuditTable rows={events} caption={t("eventsHeading")} /> : <p>{t("noEvents")}</p>}
    </>
  );
}
