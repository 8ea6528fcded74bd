"use client";
/** Forms of the co-sponsorship workflow: invite, withdraw (lead organisation), confirm/decline (invited focal point). */
import { useTranslations } from "next-intl";
import { inviteCoSponsorAction, respondCoSponsorshipAction, withdrawCoSponsorAction } from "@/lib/actions/cosponsors";
import { ActionError, useActionErrorMessage } from "@/components/forms/action-error";
import type { ErrorCode, ErrorParams } from "@/lib/errors";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function InviteCoSponsorForm({ contributionId, organisations }: { contributionId: string; organisations: { id: string; name: string }[] }) {
  const t = useTranslations("cosponsors");
  const f = useActionForm(inviteCoSponsorAction);
  return (
    <form {...f.form} className="toolbar">
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="cosponsor-organisation">{t("organisation")}</label>
        <select id="cosponsor-organisation" name="organisationId" defaultValue="" aria-invalid={f.invalid("organisationId")} aria-describedby={f.fieldError("organisationId") ? "cosponsor-organisation-error" : undefined}>
          <option value="">—</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id="cosponsor-organisation-error" message={f.fieldError("organisationId")} />
      </div>
      <button type="submit" disabled={f.pending}>
        {t("inviteButton")}
      </button>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function WithdrawCoSponsorButton({ contributionId, coSponsorId }: { contributionId: string; coSponsorId: string }) {
  const t = useTranslations("cosponsors");
  const f = useActionForm(withdrawCoSponsorAction);
  return (
    <form {...f.form} style={{ display: "inline" }}>
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="coSponsorId" value={coSponsorId} />{" "}
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("withdraw")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function RespondCoSponsorshipForm({ coSponsorId }: { coSponsorId: string }) {
  const t = useTranslations("cosponsors");
  const f = useActionForm(respondCoSponsorshipAction);
  return (
    <form {...f.form} className="form-actions">
      <input type="hidden" name="coSponsorId" value={coSponsorId} />
      <button type="submit" name="response" value="CONFIRMED" disabled={f.pending}>
        {t("confirm")}
      </button>
      <button type="submit" name="response" value="DECLINED" className="secondary" disabled={f.pending}>
        {t("decline")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

/**
 * Instead of Confirm and Decline once an invitation can no longer be answered: why (the deadline
 * passed, with its date in the consultation's time zone, or the contribution was decided).
 */
export function ClosedInvitationNote({ code, params }: { code: ErrorCode; params: ErrorParams }) {
  const message = useActionErrorMessage();
  return (
    <p className="notice" data-testid="invitation-closed">
      {message(code, params)}
    </p>
  );
}
