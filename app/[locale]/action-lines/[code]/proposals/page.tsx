/**
 * All revision proposals on one Action Line, provision by provision: the current text, then who
 * proposes what, side by side, with conflicting proposals on a provision flagged. Read through the
 * caller's scope (the public sees published contributions; the secretariat every submitted one).
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { ACTION_LINE_CODES, actionLineTitle, directionOf } from "@/lib/reference";
import { loadActionLineProposalsView } from "@/lib/loaders/action-line-proposals-view";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { UserText } from "@/components/ui/user-text";
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
  const heading = `${(await getTranslations({ locale, namespace: "proposalPages" }))("proposalsHeading")}: `;
  return { title: `${heading}${code} ${actionLineTitle(code, locale).text}`, alternates: languageAlternates(locale, `/action-lines/${code}/proposals`) };
}

export default async function ActionLineProposalsPage({ params, searchParams }: { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ all?: string }> }) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const data = await loadActionLineProposalsView(await getActor(), raw, await searchParams);
  if (!data) notFound();
  const { code, showAll, total, conflicts } = data;
  const [t, tp] = await Promise.all([getTranslations("proposalPages"), getTranslations("proposals")]);
  const lang = data.baseline.language;
  return (
    <>
      <p>
        <Link href={`/action-lines/${code}`}>
          <bdi>{code}</bdi>
        </Link>{" "}
        · <Link href={`/action-lines/${code}/consolidated`}>{t("consolidatedLink")}</Link>
      </p>
      <h1>
        {t("proposalsHeading")}: <bdi>{code}</bdi> <LocalisedLabel value={actionLineTitle(code, locale)} pageLocale={locale} />
      </h1>
      <p>
        <ForeignValue format={(title) => t("baselineLine", { title, documentRef: data.baseline.documentRef, version: data.baseline.version })} value={data.baseline.title} lang={data.baseline.language} dir={directionOf(data.baseline.language)} />
      </p>
      {data.secretariatScope && <p className="notice">{t("secretariatScope")}</p>}
      <p role="status">
        {t("summary", { total, conflicts })}
        {data.onOtherVersions > 0 && ` ${t("otherVersions", { n: data.onOtherVersions })}`}
      </p>
      <BaselineCaveats caveats={data.baseline.caveats} refs={data.allRefs} />
      <p>
        {showAll ? <Link href={`/action-lines/${code}/proposals`}>{t("onlyWithProposals")}</Link> : <Link href={`/action-lines/${code}/proposals?all=1`}>{t("allProvisions")}</Link>}
      </p>
      {data.provisions.map((p, i) => (
        // An id is one token: "9 d) i)" with its spaces named no heading (the section had no name).
        <section key={p.ref} className={`provision${p.conflicting ? " conflicting" : ""}`} aria-labelledby={`provision-${i}`} data-testid="provision">
          <h2 id={`provision-${i}`} className="provision-ref">
            <bdi>{p.ref}</bdi>
            {p.conflicting && <span className="badge warning"> {t("conflict")}</span>}
          </h2>
          <blockquote className="content" lang={lang} dir={directionOf(lang)}>
            {p.text}
          </blockquote>
          {p.proposals.length === 0 ? (
            <p className="hint">{t("none")}</p>
          ) : (
            <ul className="side-by-side">
              {p.proposals.map((x) => (
                <li key={x.id} className="proposal-item" data-testid="proposal-item">
                  <p className="meta">
                    <MarkerBadge marker={x.marker} /> <bdi className="nowrap">{x.number ?? "—"}</bdi> · <UserText>{x.contribution.organisation.name}</UserText> ·{" "}
                    {x.source.kind === "none" ? <bdi>{x.source.label}</bdi> : <Link href={x.source.href}>{x.source.label}</Link>}{" "}
                    · <span className={`proposal-decision decision-${x.decision.toLowerCase()}`}>{tp(`decisions.${x.decision}`)}</span>
                  </p>
                  {x.marker === "ADD" && <p className="hint">{tp.rich("insertAfter", { ref: p.ref, ...PROVISION_REF })}</p>}
                  <ProposedText marker={x.marker} baselineText={p.text} text={x.text} lang={lang} />
                  {x.reasons && (
                    <details>
                      <summary>{tp("reasons")}</summary>
                      <div className="content" lang={x.contribution.language ?? undefined} dir={x.contribution.language ? directionOf(x.contribution.language) : "auto"}>
                        {x.reasons}
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
