/**
 * On the public page of a campaign's representative (issue 14 item 4): how many organisations
 * sent the same text, and the names of those that agreed to be named; the others are counted only.
 */
import { useFormatter, useTranslations } from "next-intl";
import { UserText } from "@/components/ui/user-text";

export function CampaignNote({ campaign }: { campaign: { organisations: number; named: string[] } }) {
  const t = useTranslations("campaigns");
  const format = useFormatter();
  // The representative's own organisation is the author; the others are named or counted.
  const unnamed = campaign.organisations - 1 - campaign.named.length;
  return (
    <section className="campaign-count" aria-labelledby="campaign-heading" data-testid="campaign-count">
      <h2 id="campaign-heading">{t("publicCount", { count: campaign.organisations })}</h2>
      {campaign.named.length > 0 && (
        <p>
          {t("publicNamed")}
          {/* The page language's list separators; each name isolated in its own direction. */}
          {format.list(
            campaign.named.map((name) => <UserText key={name}>{name}</UserText>),
            { type: "conjunction" },
          )}
        </p>
      )}
      {unnamed > 0 && <p className="meta">{t("publicOthers", { count: unnamed })}</p>}
    </section>
  );
}
