/**
 * The consolidated text of an Action Line: the baseline with every accepted proposal of a
 * published contribution applied (marks against the baseline), and each conflict the secretariat
 * must resolve flagged with its alternatives (lib/revision/consolidate.ts). The same for everyone.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ACTION_LINE_CODES, actionLineTitle, directionOf } from "@/lib/reference";
import { loadConsolidatedView } from "@/lib/loaders/public-views";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { RevisionMarks } from "@/components/contributions/revision-marks";
import { MarkerBadge } from "@/components/proposals/marker-badge";
import { ProposedText } from "@/components/proposals/proposed-text";
import { BaselineCaveats } from "@/components/proposals/baseline-caveats";
import { PROVISION_REF } from "@/components/proposals/synoptic-table";
import type { Metadata } from "next";
import { languageAlternates } from "@/i18n/metadata";
import { ForeignValue } from "@/components/ui/foreign-text";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code: raw } = await params;
  const code = ACTION_LINE_CODES.find((c) => c === raw.toUpperCase());
  if (!code) return {};
  const heading = `${(await getTranslations({ locale, namespace: "proposalPages" }))("consolidatedHeading")}: `;
  return { title: `${heading}${code} ${actionLineTitle(code, locale).text}`, alternates: languageAlternates(locale, `/action-lines/${code}/consolidated`) };
}

export default async function ConsolidatedTextPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const view = await loadConsolidatedView(raw);
  if (!view) notFound();
  const { code, data, open } = view;
  const t = await getTranslations("proposalPages");
  const lang = data.baseline.language;
  const dir = directionOf(lang);
  const credit = (by: { number: string | null; source: string }[]) => by.map((b) => b.number ?? b.source).join(", ");
  return (
    <>
      <p>
        <Link href={`/action-lines/${code}`}>
          <bdi>{code}</bdi>
        </Link>{" "}
        · <Link href={`/action-lines/${code}/proposals`}>{t("proposalsLink")}</Link>
      </p>
      <h1>
        {t("consolidatedHeading")}: <bdi>{code}</bdi> <LocalisedLabel value={actionLineTitle(code, locale)} pageLocale={locale} />
      </h1>
      <p><ForeignValue format={(title) => t("baselineLine", { title, documentRef: data.baseline.documentRef, version: data.baseline.version })} value={data.baseline.title} lang={data.baseline.language} dir={directionOf(data.baseline.language)} /></p>
      <p role="status" data-testid="consolidated-summary">
        {t("consolidatedSummary", { accepted: data.accepted, open })}
      </p>
      <BaselineCaveats caveats={data.baseline.caveats} refs={data.entries.flatMap((e) => (e.kind === "provision" ? [e.ref] : []))} />
      <ol className="consolidated" data-testid="consolidated">
        {data.entries.map((e, i) =>
          e.kind === "insertion" ? (
            <li key={`add-${e.by.id}`} className="entry inserted" data-testid="consolidated-entry">
              <p className="meta">
                <MarkerBadge marker="ADD" /> {t.rich("insertedAfter", { ref: e.after, ...PROVISION_REF })} · <bdi>{e.by.number}</bdi>
                {e.orderToConfirm && <span className="badge warning"> {t("orderToConfirm")}</span>}
              </p>
              <RevisionMarks runs={[{ kind: "insert", text: e.text }]} lang={lang} block />
            </li>
          ) : (
            <li key={`${e.ref}-${i}`} className={`entry ${e.state}`} data-testid="consolidated-entry" data-ref={e.ref} data-state={e.state}>
              <p className="meta">
                <bdi className="provision-ref">{e.ref}</bdi>
                {e.state !== "unchanged" && e.state !== "conflict" && (
                  <>
                    {" "}
                    · {t(`state.${e.state}`)} · <bdi>{credit(e.by)}</bdi>
                  </>
                )}
                {e.state === "conflict" && <span className="badge warning"> {t("conflictToResolve")}</span>}
              </p>
              {e.state === "modified" ? (
                <RevisionMarks runs={e.runs} lang={lang} block />
              ) : e.state === "suppressed" ? (
                <RevisionMarks runs={[{ kind: "delete", text: e.text }]} lang={lang} block />
              ) : (
                <div className="content" lang={lang} dir={dir}>
                  {e.text}
                </div>
              )}
              {e.state === "conflict" && (
                <ul className="side-by-side">
                  {e.alternatives.map((a) => (
                    <li key={a.id} className="proposal-item">
                      <p className="meta">
                        <MarkerBadge marker={a.marker} /> <bdi>{a.number}</bdi>
                      </p>
                      <ProposedText marker={a.marker} baselineText={e.text} text={a.text} lang={lang} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ),
        )}
      </ol>
    </>
  );
}
