/**
 * What changed in a contribution's revision proposals between two versions (the snapshots each
 * submission stores): a proposal of the later version is matched with the earlier version's
 * proposal on the same provision with the same marker (ADDs in order); its proposed text and
 * reasons are compared word by word. Proposals only in the later version are new (all inserted),
 * those only in the earlier one were dropped (all deleted).
 */
import { useTranslations } from "next-intl";
import { hasChanges, wordDiff } from "@/lib/revision/word-diff";
import { RevisionMarks } from "@/components/contributions/revision-marks";
import { MarkerBadge } from "./marker-badge";
import { PROVISION_REF } from "./synoptic-table";

/** A proposal as a version snapshot holds it (lib/services/proposals/write-proposals.ts proposalSnapshot). */
export interface SnapshotProposal {
  number: string | null;
  position: number;
  marker: "ADD" | "MOD" | "SUP" | "NOC";
  ref: string;
  text: string;
  reasons: string;
}

/** Reads a version's `proposals` JSON; anything malformed is skipped, never thrown. */
export function snapshotProposals(value: unknown): SnapshotProposal[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is SnapshotProposal => !!p && typeof p === "object" && typeof p.ref === "string" && typeof p.marker === "string" && typeof p.text === "string");
}

export function ProposalsCompare({ before, after, lang, baselineLang = "en" }: { before: SnapshotProposal[]; after: SnapshotProposal[]; lang: string; baselineLang?: string }) {
  const t = useTranslations("proposals");
  if (before.length === 0 && after.length === 0) return null;
  const unused = [...before];
  const rows = after.map((p) => {
    const i = unused.findIndex((q) => q.ref === p.ref && q.marker === p.marker);
    return { p, was: i >= 0 ? unused.splice(i, 1)[0] : null };
  });
  return (
    <section aria-labelledby="diff-proposals">
      <h2 id="diff-proposals">{t("editorLegend")}</h2>
      <ol className="consolidated">
        {rows.map(({ p, was }) => {
          const text = wordDiff(was?.text ?? "", p.text, baselineLang);
          const reasons = wordDiff(was?.reasons ?? "", p.reasons, lang);
          return (
            <li key={`${p.position}-${p.ref}`} className="entry">
              <p className="meta">
                <MarkerBadge marker={p.marker} /> <bdi className="nowrap">{p.number ?? ""}</bdi> · {t.rich("paragraph", { ref: p.ref, ...PROVISION_REF })}
                {!was && <> · {t("compare.new")}</>}
              </p>
              {p.text || was?.text ? hasChanges(text) ? <RevisionMarks runs={text} lang={baselineLang} block /> : <p className="hint">{t("compare.textUnchanged")}</p> : null}
              <p className="meta">{t("reasons")}</p>
              {hasChanges(reasons) ? <RevisionMarks runs={reasons} lang={lang} block /> : <p className="hint">{t("compare.reasonsUnchanged")}</p>}
            </li>
          );
        })}
        {unused.map((p) => (
          <li key={`dropped-${p.position}-${p.ref}`} className="entry">
            <p className="meta">
              <MarkerBadge marker={p.marker} /> <bdi className="nowrap">{p.number ?? ""}</bdi> · {t.rich("paragraph", { ref: p.ref, ...PROVISION_REF })} · {t("compare.dropped")}
            </p>
            {p.text && <RevisionMarks runs={[{ kind: "delete", text: p.text }]} lang={baselineLang} block />}
          </li>
        ))}
      </ol>
    </section>
  );
}
