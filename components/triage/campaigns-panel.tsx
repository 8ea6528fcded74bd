"use client";
/**
 * Campaigns on /secretariat/duplicates (issue 14 item 4): each group of near-identical texts as a
 * form (members ticked, one representative chosen) to confirm as a campaign, and the confirmed
 * campaigns with a button to dissolve each.
 */
import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/ui/plain-link";
import { confirmCampaignAction, dissolveCampaignAction } from "@/lib/actions/campaigns";
import type { CampaignCandidate, CampaignMember, ConfirmedCampaign } from "@/lib/services/triage/campaigns";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserText } from "@/components/ui/user-text";

function MemberLabel({ m }: { m: CampaignMember }) {
  const t = useTranslations("campaigns");
  return (
    <>
      <PlainLink href={`/secretariat/contributions/${m.id}`}>
        <UserText>{m.title}</UserText>
      </PlainLink>
      <span className="meta">
        {" "}
        <bdi className="nowrap">{m.referenceNumber}</bdi> · <UserText>{m.organisation}</UserText> · <StatusBadge status={m.status} />
        {m.nameInCampaign && <> · {t("agreed")}</>}
      </span>
    </>
  );
}

function CandidateForm({ group, n, canConfirm }: { group: CampaignCandidate; n: number; canConfirm: boolean }) {
  const t = useTranslations("campaigns");
  const f = useActionForm(confirmCampaignAction);
  return (
    <form {...f.form} className="campaign-group" data-testid="campaign-candidate">
      <fieldset>
        <legend>
          {t("group", { n })} · <bdi>{group.consultationCode}</bdi>
        </legend>
        <ul className="plain-list">
          {group.members.map((m) => (
            <li key={m.id}>
              <div className="choice">
                <input type="checkbox" name="memberIds" value={m.id} defaultChecked disabled={!canConfirm} aria-label={`${t("include")}: ${m.referenceNumber ?? m.title}`} />
                <input type="radio" name="representativeId" value={m.id} defaultChecked={m.id === group.representativeId} disabled={!canConfirm} aria-label={`${t("representative")}: ${m.referenceNumber ?? m.title}`} />{" "}
                <span>
                  <MemberLabel m={m} />
                </span>
              </div>
            </li>
          ))}
        </ul>
        {group.more.length > 0 && (
          <p>
            {t("moreIncluded", { count: group.more.length })}
            <input type="hidden" name="moreMemberIds" value={group.more.join(" ")} />
          </p>
        )}
      </fieldset>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      {canConfirm && (
        <button type="submit" className="secondary" disabled={f.pending}>
          {t("confirm")}
        </button>
      )}
    </form>
  );
}

function DissolveButton({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const f = useActionForm(dissolveCampaignAction);
  return (
    <form {...f.form} className="inline-form">
      <input type="hidden" name="campaignId" value={campaignId} />
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("dissolve")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function CampaignsPanel({ candidates, campaigns, canConfirm, done }: { candidates: CampaignCandidate[]; campaigns: ConfirmedCampaign[]; canConfirm: boolean; done: boolean }) {
  const t = useTranslations("campaigns");
  return (
    <section id="campaigns" aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">{t("heading")}</h2>
      {done && (
        <p className="notice success" role="status">
          {t("done")}
        </p>
      )}
      <p className="hint">{t("hint")}</p>
      {candidates.length === 0 ? <p>{t("none")}</p> : candidates.map((g, i) => <CandidateForm key={g.members.map((m) => m.id).join()} group={g} n={i + 1} canConfirm={canConfirm} />)}
      <h3>{t("confirmed")}</h3>
      {campaigns.length === 0 ? (
        <p>{t("noneConfirmed")}</p>
      ) : (
        <ul className="plain-list" data-testid="campaigns">
          {campaigns.map((c) => (
            <li key={c.id} className="campaign-group">
              <ul className="plain-list">
                {c.members.map((m) => (
                  <li key={m.id}>
                    {m.id === c.representativeId && <strong>{t("representative")}: </strong>}
                    <MemberLabel m={m} />
                  </li>
                ))}
              </ul>
              {canConfirm && <DissolveButton campaignId={c.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
