/**
 * What a proposal does to its provision, with revision marks computed (never typed):
 * MOD: the baseline text with deleted words struck through (<del>) and added words underlined
 * (<ins>), word by word (lib/revision/word-diff.ts); ADD: the whole new text underlined; SUP: the
 * whole baseline text struck through; NOC: the baseline text unchanged. The text keeps its own
 * language and direction whatever the interface's (an English baseline under an Arabic page).
 */
import { useTranslations } from "next-intl";
import { wordDiff } from "@/lib/revision/word-diff";
import { directionOf } from "@/lib/reference";
import { RevisionMarks } from "@/components/contributions/revision-marks";

export interface ProposedTextProps {
  marker: "ADD" | "MOD" | "SUP" | "NOC";
  /** The provision's text in the baseline (ADD: the anchor's, not shown). */
  baselineText: string;
  /** The proposed text (MOD, ADD). */
  text: string;
  /** Language of the baseline and of the proposed text (a MOD is written in the baseline's). */
  lang: string;
}

export function ProposedText({ marker, baselineText, text, lang }: ProposedTextProps) {
  const t = useTranslations("proposals");
  if (marker === "MOD") return <RevisionMarks runs={wordDiff(baselineText, text, lang)} lang={lang} block />;
  if (marker === "ADD") return <RevisionMarks runs={[{ kind: "insert", text }]} lang={lang} block />;
  if (marker === "SUP") return <RevisionMarks runs={[{ kind: "delete", text: baselineText }]} lang={lang} block />;
  return (
    <div className="content" lang={lang} dir={directionOf(lang)}>
      <span className="hint">{t("noChange")}</span>
    </div>
  );
}
