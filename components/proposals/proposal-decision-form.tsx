"use client";
/**
 * The secretariat's decision on one proposal: accepted / noted / not accepted / pending, with an
 * optional note. Carries the decision the person saw, so a change made meanwhile by a colleague
 * is refused with the current decision (and what was typed stays).
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { decideProposalAction } from "@/lib/actions/proposals";
import { PROPOSAL_DECISIONS } from "@/lib/schemas/proposal-decision";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function ProposalDecisionForm({ proposalId, contributionId, position, decision }: { proposalId: string; contributionId: string; position: number; decision: string }) {
  const t = useTranslations("proposals");
  const f = useActionForm(decideProposalAction);
  const [choice, setChoice] = useState(decision === "PENDING" ? "ACCEPTED" : decision);
  const [note, setNote] = useState("");
  const id = `decide-${position}`;
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit} className="proposal-decision-form" aria-label={t("decideLabel", { n: position })}>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="position" value={position} />
      <input type="hidden" name="expectedDecision" value={decision} />
      <label htmlFor={`${id}-decision`} className="visually-hidden">
        {t("decision")}
      </label>
      <select id={`${id}-decision`} name="decision" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {PROPOSAL_DECISIONS.map((d) => (
          <option key={d} value={d}>
            {t(`decisions.${d}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`} className="visually-hidden">
        {t("decisionNote")}
      </label>
      <textarea id={`${id}-note`} name="note" dir="auto" rows={2} placeholder={t("decisionNote")} value={note} onChange={(e) => setNote(e.target.value)} />
      {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      <button type="submit" className="secondary" disabled={f.pending} data-testid={`decide-proposal-${position}`}>
        {f.pending ? t("saving") : t("saveDecision")}
      </button>
    </form>
  );
}
