"use client";
/** Forms of the co-sponsorship workflow: invite, withdraw (lead organisation), confirm/decline (invited focal point). */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteCoSponsorAction, respondCoSponsorshipAction, withdrawCoSponsorAction, type CoSponsorState } from "@/lib/actions/cosponsors";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function InviteCoSponsorForm({ contributionId, organisations }: { contributionId: string; organisations: { id: string; name: string }[] }) {
  const t = useTranslations("cosponsors");
  const [state, action, pending] = useActionState<CoSponsorState, FormData>(inviteCoSponsorAction, null);
  return (
    <form action={action} className="toolbar">
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="cosponsor-organisation">{t("organisation")}</label>
        <select id="cosponsor-organisation" name="organisationId" defaultValue="" aria-describedby={state && !state.ok && state.fieldErrors?.organisationId ? "cosponsor-organisation-error" : undefined}>
          <option value="">—</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id="cosponsor-organisation-error" message={state && !state.ok ? state.fieldErrors?.organisationId?.[0] : undefined} />
      </div>
      <button type="submit" disabled={pending}>
        {t("inviteButton")}
      </button>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}

export function WithdrawCoSponsorButton({ contributionId, coSponsorId }: { contributionId: string; coSponsorId: string }) {
  const t = useTranslations("cosponsors");
  const [state, action, pending] = useActionState<CoSponsorState, FormData>(withdrawCoSponsorAction, null);
  return (
    <form action={action} style={{ display: "inline" }}>
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="coSponsorId" value={coSponsorId} />{" "}
      <button type="submit" className="secondary" disabled={pending}>
        {t("withdraw")}
      </button>
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}

export function RespondCoSponsorshipForm({ coSponsorId }: { coSponsorId: string }) {
  const t = useTranslations("cosponsors");
  const [state, action, pending] = useActionState<CoSponsorState, FormData>(respondCoSponsorshipAction, null);
  return (
    <form action={action} className="form-actions">
      <LocaleField />
      <input type="hidden" name="coSponsorId" value={coSponsorId} />
      <button type="submit" name="response" value="CONFIRMED" disabled={pending}>
        {t("confirm")}
      </button>
      <button type="submit" name="response" value="DECLINED" className="secondary" disabled={pending}>
        {t("decline")}
      </button>
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}
