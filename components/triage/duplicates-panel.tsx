"use client";
/**
 * "Likely duplicates" on the secretariat's contribution page: the most similar inputs of the same
 * consultation with their similarity, a button to mark this contribution a duplicate of one, and
 * the current mark with a button to remove it. Each button is its own form carrying the mark as
 * seen (`expected`), so a change made meanwhile is refused, not overwritten.
 */
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { markDuplicateAction } from "@/lib/actions/duplicates";
import type { LikelyDuplicate } from "@/lib/services/triage/duplicates";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserText } from "@/components/ui/user-text";

function MarkButton({ contributionId, duplicateOfId, expected, label }: { contributionId: string; duplicateOfId: string; expected: string; label: string }) {
  const f = useActionForm(markDuplicateAction);
  return (
    <form {...f.form} className="inline-form">
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="duplicateOfId" value={duplicateOfId} />
      <input type="hidden" name="expected" value={expected} />
      <button type="submit" className="secondary" disabled={f.pending}>
        {label}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function DuplicatesPanel({
  contributionId,
  current,
  candidates,
  canMark,
  canUnmark = canMark,
}: {
  contributionId: string;
  current: { id: string; referenceNumber: string | null; title: string } | null;
  candidates: LikelyDuplicate[];
  canMark: boolean;
  /** Removing the mark (the decision reversed): also when no new mark may be made. */
  canUnmark?: boolean;
}) {
  const t = useTranslations("duplicates");
  const expected = current?.id ?? "";
  return (
    <section id="duplicates" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t("heading")}</h2>
      {current && (
        <div className="notice" data-testid="duplicate-mark">
          {t("markedAs")}{" "}
          <Link href={`/secretariat/contributions/${current.id}`}>
            <UserText>{current.title}</UserText>
          </Link>{" "}
          (<bdi className="nowrap">{current.referenceNumber}</bdi>)
          {canUnmark && <MarkButton contributionId={contributionId} duplicateOfId="" expected={expected} label={t("unmark")} />}
        </div>
      )}
      <p className="hint">{t("hint")}</p>
      {candidates.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="duplicate-list" data-testid="likely-duplicates">
          {candidates.map((d) => (
            <li key={d.id}>
              {/* Title and reference on their own lines: two isolates on one wrapped line read out of order in Arabic. */}
              <Link href={`/secretariat/contributions/${d.id}`} className="duplicate-title">
                <UserText lang={d.language}>{d.title}</UserText>
              </Link>
              <span className="meta">
                <bdi className="nowrap">{d.referenceNumber}</bdi> · <StatusBadge status={d.status} /> · {t("similar", { percent: d.percent })}
              </span>
              {canMark && d.id !== current?.id && <MarkButton contributionId={contributionId} duplicateOfId={d.id} expected={expected} label={t("mark")} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
