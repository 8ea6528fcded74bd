"use client";
/** The admin's forms on one person: change the platform role; deactivate or reactivate. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { setUserActiveAction, setUserRoleAction } from "@/lib/actions/admin";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";

const ROLES = ["USER", "SECRETARIAT", "ADMIN"] as const;

export function RoleForm({ userId, role }: { userId: string; role: (typeof ROLES)[number] }) {
  const t = useTranslations("admin.users");
  const f = useActionForm(setUserRoleAction);
  const state = f.failure;
  const pending = f.pending;
  const [to, setTo] = useState<string>(role);
  return (
    <form {...f.form} className="toolbar">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="from" value={role} />
      <div className="field">
        <label htmlFor="role-to">{t("newRole")}</label>
        <select id="role-to" name="to" value={to} onChange={(e) => setTo(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending || to === role}>
        {t("changeRole")}
      </button>
      {state && <ActionError {...f.summary} code={state.code} params={state.params} />}
    </form>
  );
}

export function ActiveForm({ userId, deactivated }: { userId: string; deactivated: boolean }) {
  const t = useTranslations("admin.users");
  const f = useActionForm(setUserActiveAction);
  const state = f.failure;
  const pending = f.pending;
  return (
    <form {...f.form}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="op" value={deactivated ? "reactivate" : "deactivate"} />
      <p className="hint">{deactivated ? t("reactivateHint") : t("deactivateHint")}</p>
      <button type="submit" className={deactivated ? "" : "danger"} disabled={pending}>
        {deactivated ? t("reactivate") : t("deactivate")}
      </button>
      {state && <ActionError {...f.summary} code={state.code} params={state.params} />}
    </form>
  );
}
