"use client";
/**
 * Deleting a draft, behind a disclosure so it is never one stray click (works without
 * JavaScript: a details element and a plain form post).
 */
import { useTranslations } from "next-intl";
import { deleteDraftAction } from "@/lib/actions/delete-draft";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function DeleteDraftForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("deleteDraft");
  const f = useActionForm(deleteDraftAction);
  return (
    <section className="aside-panel" aria-labelledby="delete-draft-heading">
      <h2 id="delete-draft-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      <details>
        <summary>{t("open")}</summary>
        <p className="hint">{t("intro")}</p>
        <form {...f.form}>
          <input type="hidden" name="contributionId" value={contributionId} />
          {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
          <button type="submit" className="danger" disabled={f.pending}>
            {f.pending ? t("working") : t("button")}
          </button>
        </form>
      </details>
    </section>
  );
}
