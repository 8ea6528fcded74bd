"use client";
/**
 * Deleting a draft, behind a disclosure so it is never one stray click (works without
 * JavaScript: a details element and a plain form post).
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteDraftAction, type DeleteDraftState } from "@/lib/actions/delete-draft";
import { ActionError } from "@/components/forms/action-error";
import { LocaleField } from "@/components/forms/locale-field";

export function DeleteDraftForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("deleteDraft");
  const [state, action, pending] = useActionState<DeleteDraftState, FormData>(deleteDraftAction, null);
  return (
    <section className="aside-panel" aria-labelledby="delete-draft-heading">
      <h2 id="delete-draft-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      <details>
        <summary>{t("open")}</summary>
        <p className="hint">{t("intro")}</p>
        <form action={action}>
          <LocaleField />
          <input type="hidden" name="contributionId" value={contributionId} />
          {state && !state.ok && <ActionError code={state.code} params={state.params} />}
          <button type="submit" className="danger" disabled={pending}>
            {pending ? t("working") : t("button")}
          </button>
        </form>
      </details>
    </section>
  );
}
