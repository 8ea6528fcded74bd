"use client";
/** Small forms of affiliation management: the secretariat's verify/reject, a focal point's invite/remove, the invitee's answer. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { addContributorAction, removeContributorAction, respondMembershipInvitationAction, verifyAffiliationAction } from "@/lib/actions/affiliations";
import { ActionError } from "./action-error";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

export function VerifyAffiliationForm({ membershipId }: { membershipId: string }) {
  const t = useTranslations("verify");
  const f = useActionForm(verifyAffiliationAction);
  const [reason, setReason] = useState("");
  const id = `reason-${membershipId}`;
  return (
    <form {...f.form}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="field">
        <label htmlFor={id}>{t("reason")}</label>
        <textarea id={id} name="reason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} {...f.errorProps("reason", `${id}-error`)} style={{ minBlockSize: "3rem" }} />
        <FieldError id={`${id}-error`} message={f.fieldError("reason")} />
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <div className="form-actions">
        <button type="submit" name="decision" value="verify" disabled={f.pending}>
          {t("verify")}
        </button>
        <button type="submit" name="decision" value="reject" className="danger" disabled={f.pending}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}

export function AddContributorForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("members");
  const f = useActionForm(addContributorAction);
  const [values, setValues] = useState({ email: "", name: "" });
  return (
    <form {...f.form} className="toolbar">
      <input type="hidden" name="organisationId" value={organisationId} />
      <div className="field">
        <label htmlFor="member-email">{t("email")}</label>
        <input id="member-email" name="email" type="email" dir="ltr" value={values.email} onChange={(e) => setValues({ ...values, email: e.target.value })} {...f.errorProps("email", "member-email-error")} />
        <FieldError id="member-email-error" message={f.fieldError("email")} />
      </div>
      <div className="field">
        <label htmlFor="member-name">{t("name")}</label>
        <input id="member-name" name="name" type="text" dir="auto" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} {...f.errorProps("name", "member-name-error")} />
        <FieldError id="member-name-error" message={f.fieldError("name")} />
      </div>
      <button type="submit" disabled={f.pending}>
        {t("addButton")}
      </button>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function RemoveContributorButton({ membershipId }: { membershipId: string }) {
  const t = useTranslations("members");
  const f = useActionForm(removeContributorAction);
  return (
    <form {...f.form} style={{ display: "inline" }}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("remove")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

/** The invited person accepts or declines a focal point's invitation (/affiliation). */
export function MembershipInvitationAnswer({ membershipId }: { membershipId: string }) {
  const t = useTranslations("affiliation");
  const f = useActionForm(respondMembershipInvitationAction);
  return (
    <form {...f.form} style={{ display: "inline-flex", gap: "0.5rem", marginInlineStart: "0.5rem" }}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <button type="submit" name="response" value="accept" disabled={f.pending}>
        {t("acceptInvitation")}
      </button>
      <button type="submit" name="response" value="decline" className="secondary" disabled={f.pending}>
        {t("declineInvitation")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}
