/**
 * Compares two versions of a contribution with revision marks: title, summary and body, then
 * every other field a contributor can change (language, Action Lines, SDGs, answers,
 * attachments: VersionMetadataCompare) and the revision proposals; and lists
 * all versions with a form to choose the pair (plain GET: works without JavaScript).
 */
import { useFormatter, useTranslations } from "next-intl";
import type { VersionedContribution } from "@/lib/services/contributions/versions";
import { hasChanges, wordDiff } from "@/lib/revision/word-diff";
import { DateTime } from "@/components/ui/date-time";
import { RevisionMarks } from "./revision-marks";
import { ProposalsCompare, snapshotProposals } from "@/components/proposals/proposals-compare";
import { VersionMetadataCompare } from "./version-metadata-compare";

export function VersionCompare({ c, from, to, label }: { c: VersionedContribution; from: number; to: number; /** A version's name (default "Version n"; the public page names revisions). */ label?: (n: number) => string }) {
  const t = useTranslations("versions");
  const nameOf = label ?? ((n: number) => t("version", { n }));
  const a = c.versions.find((v) => v.number === from);
  const b = c.versions.find((v) => v.number === to);
  return (
    <>
      <form method="get" className="toolbar">
        {(["from", "to"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{t(name)}</label>
            <select id={name} name={name} defaultValue={String(name === "from" ? from : to)}>
              {c.versions.map((v) => (
                <option key={v.number} value={v.number}>
                  {nameOf(v.number)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit">{t("show")}</button>
      </form>
      {a && b && (
        <>
          <p className="meta">
            {nameOf(a.number)} · <DateTime value={a.createdAt} /> → {nameOf(b.number)} · <DateTime value={b.createdAt} />
          </p>
          <p className="hint">{t("legend")}</p>
          {(["title", "summary", "body"] as const).map((field) => {
            const runs = wordDiff(a[field], b[field], b.language);
            return (
              <section key={field} aria-labelledby={`diff-${field}`}>
                <h2 id={`diff-${field}`}>{t(field)}</h2>
                {hasChanges(runs) ? <RevisionMarks runs={runs} lang={b.language} block /> : <p>{t("noChanges")}</p>}
              </section>
            );
          })}
          <VersionMetadataCompare a={a} b={b} />
          <ProposalsCompare before={snapshotProposals(a.proposals)} after={snapshotProposals(b.proposals)} lang={b.language} />
        </>
      )}
    </>
  );
}

/** The list of versions with links to compare each one with the one before. */
/** The list of a contribution's versions (number and date), each linked to its comparison with the previous one. */
export function VersionList({ c, basePath }: { c: { versions: { number: number; createdAt: Date }[] }; basePath: string }) {
  const t = useTranslations("versions");
  const format = useFormatter();
  if (c.versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("heading")}</h2>
      <ol className="timeline">
        {c.versions.map((v) => (
          <li key={v.number}>
            <strong>{t("version", { n: v.number })}</strong> <span className="meta">{t("submittedAt", { date: format.dateTime(v.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC" })}</span>
            {v.number > 1 && (
              <>
                {" "}
                <a href={`${basePath}?from=${v.number - 1}&to=${v.number}`}>{t("compare")}</a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
