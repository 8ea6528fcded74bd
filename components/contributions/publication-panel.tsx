"use client";
/**
 * The secretariat's publication panel (issue 14 item 3): unpublish a published document with a
 * reason (shown publicly on its permanent address), or republish an unpublished one. Each form
 * carries the status the person saw, so a change made meanwhile is refused with the new status.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { changePublicationAction } from "@/lib/actions/publication";
import type { PublicationChange } from "@/lib/rules/decisions";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

function PublicationForm({ action, contributionId, status }: { action: PublicationChange; contributionId: string; status: string }) {
  const t = useTranslations("publication");
  const f = useActionForm(changePublicationAction);
  // Controlled: a refused change keeps what the secretariat typed.
  const [reason, setReason] = useState("");
  const id = `${action}-reason`;
  return (
    <form {...f.form}>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <div className="field">
        <label htmlFor={id}>{t(action === "unpublish" ? "reason" : "note")}</label>
        {action === "unpublish" && (
          <p id={`${id}-hint`} className="hint">
            {t("reasonHint")}
          </p>
        )}
        <textarea
          id={id}
          name="reason"
          dir="auto"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required={action === "unpublish"}
          aria-invalid={f.invalid("reason")}
          aria-describedby={[action === "unpublish" ? `${id}-hint` : "", f.fieldError("reason") ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        />
        <FieldError id={`${id}-error`} message={f.fieldError("reason")} />
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <button type="submit" className={action === "unpublish" ? "danger" : ""} disabled={f.pending}>
        {f.pending ? t("working") : t(action)}
      </button>
    </form>
  );
}

export function PublicationPanel({ contributionId, status, open, unpublishedAt, reason, done }: { contributionId: string; status: string; open: PublicationChange[]; unpublishedAt: Date | null; reason: string | null; done: boolean }) {
  const t = useTranslations("publication");
  if (!open.length && !unpublishedAt) return null;
  return (
    <section id="publication" className="aside-panel" aria-labelledby="publication-heading">
      <h2 id="publication-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      {done && (
        <p className="notice success" role="status">
          {t(status === "UNPUBLISHED" ? "doneUnpublished" : "doneRepublished")}
        </p>
      )}
      {status === "UNPUBLISHED" && unpublishedAt ? (
        <p data-testid="unpublished-state">
          {t("unpublishedOn")} <DateTime value={unpublishedAt} />
          {reason && (
            <>
              <br />
              {t("reason")}: <UserText as="span">{reason}</UserText>
            </>
          )}
        </p>
      ) : (
        <p className="hint">{t("intro")}</p>
      )}
      {open.map((a) => (
        <PublicationForm key={a} action={a} contributionId={contributionId} status={status} />
      ))}
    </section>
  );
}
