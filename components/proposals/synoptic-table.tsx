/**
 * The synoptic table of an Action Line revision contribution, as ITU presents proposals:
 * proposal number and marker | provision | current text | proposed text with revision marks |
 * reasons (| decision). On narrow screens each row becomes a card (CSS), the column names
 * repeated as labels. Baseline and proposed texts keep the baseline's language and direction;
 * the reasons keep the contribution's.
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { directionOf } from "@/lib/reference";
import { MarkerBadge } from "./marker-badge";
import { ProposedText } from "./proposed-text";

/**
 * A provision reference ("9 d) i)") inside a translated sentence: isolated and left to right, so
 * an Arabic sentence does not reorder its parts ("d) i) 9").
 */
export const PROVISION_REF = { r: (chunks: React.ReactNode) => <bdi dir="ltr" className="nowrap">{chunks}</bdi> };

/**
 * A proposal number ("EXA/WSIS20-C-0001/1") that may wrap after its slashes: kept on one line it
 * was wider than its column and ran over the provision beside it (in Arabic, over "9 d) i)").
 */
export function breakableNumber(number: string): ReactNode {
  return number.split("/").flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, `/${part}`]));
}

export interface SynopticRow {
  id: string;
  number: string | null;
  position: number;
  marker: "ADD" | "MOD" | "SUP" | "NOC";
  text: string;
  reasons: string;
  decision: string;
  decisionNote?: string | null;
  provision: { ref: string; actionLine: string; text: string; baseline: { version: number; language: string } };
}

export function SynopticTable({
  rows,
  contributionLanguage,
  showDecision = true,
  showDecisionNote = false,
  decisionControl,
}: {
  rows: SynopticRow[];
  contributionLanguage: string | null;
  showDecision?: boolean;
  showDecisionNote?: boolean;
  /** The secretariat's per-proposal decision form, when the caller may decide. */
  decisionControl?: (row: SynopticRow) => ReactNode;
}) {
  const t = useTranslations("proposals");
  const reasonsLang = contributionLanguage ?? undefined;
  const reasonsDir = contributionLanguage ? directionOf(contributionLanguage) : "auto";
  return (
    <div className="table-scroll">
      <table className="synoptic" data-testid="synoptic-table">
        <caption className="visually-hidden">{t("synopticCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("proposal")}</th>
            <th scope="col">{t("provision")}</th>
            <th scope="col">{t("currentText")}</th>
            <th scope="col">{t("proposedText")}</th>
            <th scope="col">{t("reasons")}</th>
            {showDecision && <th scope="col">{t("decision")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const lang = r.provision.baseline.language;
            return (
              <tr key={r.id} id={`proposal-${r.position}`} data-testid="proposal-row">
                <th scope="row" data-label={t("proposal")}>
                  <MarkerBadge marker={r.marker} /> <bdi dir="ltr">{r.number ? breakableNumber(r.number) : t("unnumbered", { n: r.position })}</bdi>
                </th>
                <td data-label={t("provision")}>
                  {t.rich(r.marker === "ADD" ? "insertAfter" : "paragraph", { ref: r.provision.ref, ...PROVISION_REF })}
                  <span className="meta"> · {r.provision.actionLine}</span>
                </td>
                <td data-label={t("currentText")}>
                  {r.marker === "ADD" ? (
                    <span className="hint">{t("newProvision")}</span>
                  ) : (
                    <div className="content" lang={lang} dir={directionOf(lang)}>
                      {r.provision.text}
                    </div>
                  )}
                </td>
                <td data-label={t("proposedText")}>
                  <ProposedText marker={r.marker} baselineText={r.provision.text} text={r.text} lang={lang} />
                </td>
                <td data-label={t("reasons")}>
                  <div className="content" lang={reasonsLang} dir={reasonsDir}>
                    {r.reasons || "—"}
                  </div>
                </td>
                {showDecision && (
                  <td data-label={t("decision")}>
                    <span className={`proposal-decision decision-${r.decision.toLowerCase()}`} data-testid="proposal-decision">
                      {t(`decisions.${r.decision as "PENDING"}`)}
                    </span>
                    {showDecisionNote && r.decisionNote && (
                      <p className="content" dir="auto">
                        {r.decisionNote}
                      </p>
                    )}
                    {decisionControl?.(r)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
