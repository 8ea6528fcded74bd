"use client";
/**
 * The secretariat's decision on one proposal: accepted / noted / not accepted / pending, with an
 * optional note. Carries the decision the person saw, so a change made meanwhile by a colleague
 * is refused with the current decision (and what was typed stays).
 */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { decideProposalAction, type ProposalDecisionState } from "@/lib/actions/proposals";
import { PROPOSAL_DECISIONS } from "@/lib/schemas/proposal-decision";
import { ActionError } from "@/components/forms/action-error";
import { LocaleField } from "@/components/forms/locale-field";

export function ProposalDecisionForm({ proposalId, contributionId, position, decision }: { proposalId: string; contributionId: string; position: number; decision: string }) {
  const t = useTranslations("proposals");
  const [state, action, pending] = useActionState<ProposalDecisionState, FormData>(decideProposalAction, null);
  const [choice, setChoice] = useState(decision === "PENDING" ? "ACCEPTED" : decision);
  const [note, setNote] = useState("");
  const id = `decide-${position}`;
  return (
    <form action={action} className="proposal-decision-form" aria-label={t("decideLabel", { n: position })}>
      <LocaleField />
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
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
      <button type="submit" className="secondary" disabled={pending} data-testid={`decide-proposal-${position}`}>
        {pending ? t("saving") : t("saveDecision")}
      </button>
    </form>
  );
}
