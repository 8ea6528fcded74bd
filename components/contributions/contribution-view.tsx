/**
 * A contribution in full: metadata table, summary, body and answers. The user's text carries its
 * own language and direction (lang/dir on its container), while labels stay in the interface
 * language. Used by the public page, the contributor's page and the secretariat's page.
 */
import { useLocale, useTranslations } from "next-intl";
import { directionOf, nativeLanguageName } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import { DateTime } from "@/components/ui/date-time";
import { ActionLineTags, SdgTags } from "@/components/ui/tags";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserText } from "@/components/ui/user-text";
import { SynopticTable, type SynopticRow } from "@/components/proposals/synoptic-table";
import type { ReactNode } from "react";

export interface ContributionViewData {
  type: string;
  status: string;
  title: string;
  summary: string;
  body: string;
  language: string | null;
  actionLines: string[];
  sdgs: number[];
  referenceNumber: string | null;
  documentNumber: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  organisation: { name: string; membershipCategory: string; stakeholderGroup: string };
  consultation: { title: unknown };
  answers: { id: string; text: string; question: { position: number; text: unknown } }[];
  /** Action Line revision proposals, in order (empty for a general input). */
  proposals?: SynopticRow[];
}

export function ContributionView({
  c,
  showStatus = true,
  showDecisionNotes = false,
  showProposalDecisions = true,
  proposalDecision,
}: {
  c: ContributionViewData;
  showStatus?: boolean;
  /** Show the secretariat's notes on each proposal (contributor and secretariat pages). */
  showDecisionNotes?: boolean;
  /** Show the secretariat's decision on each proposal (not to an invited co-sponsor before publication). */
  showProposalDecisions?: boolean;
  /** The secretariat's decision form for one proposal. */
  proposalDecision?: (row: SynopticRow) => ReactNode;
}) {
  const tp = useTranslations("proposals");
  const t = useTranslations("contribution");
  const tType = useTranslations("contributionType");
  const tCat = useTranslations("membershipCategory");
  const tGroup = useTranslations("stakeholderGroup");
  const locale = useLocale();
  // A draft may not have its language yet: let the browser find the direction.
  const lang = c.language ?? undefined;
  const dir = c.language ? directionOf(c.language) : "auto";
  const consultationTitle = pickLocalised(c.consultation.title, locale);
  return (
    <article>
      <h1>
        <UserText lang={c.language}>{c.title}</UserText>
      </h1>
      {c.organisation.membershipCategory === "NON_MEMBER" && <p className="notice">{t("nonMemberLabel")}</p>}
      <dl className="facts">
        {c.documentNumber && (
          <>
            <dt>{t("documentNumber")}</dt>
            <dd>
              <bdi>{c.documentNumber}</bdi>
            </dd>
          </>
        )}
        <dt>{t("referenceNumber")}</dt>
        <dd>
          <bdi>{c.referenceNumber ?? "—"}</bdi>
        </dd>
        {showStatus && (
          <>
            <dt>{t("status")}</dt>
            <dd>
              <StatusBadge status={c.status} />
            </dd>
          </>
        )}
        <dt>{t("organisation")}</dt>
        <dd>
          <UserText>{c.organisation.name}</UserText>
        </dd>
        <dt>{t("category")}</dt>
        <dd>{tCat(c.organisation.membershipCategory as "MEMBER_STATE")}</dd>
        <dt>{t("stakeholderGroup")}</dt>
        <dd>{tGroup(c.organisation.stakeholderGroup as "GOVERNMENT")}</dd>
        <dt>{t("type")}</dt>
        <dd>{tType(c.type as "GENERAL_INPUT")}</dd>
        <dt>{t("consultation")}</dt>
        <dd lang={consultationTitle.lang}>{consultationTitle.text}</dd>
        <dt>{t("language")}</dt>
        <dd lang={lang}>{c.language ? nativeLanguageName(c.language) : "—"}</dd>
        <dt>{t("submitted")}</dt>
        <dd>
          <DateTime value={c.submittedAt} />
        </dd>
        {c.publishedAt && (
          <>
            <dt>{t("published")}</dt>
            <dd>
              <DateTime value={c.publishedAt} />
            </dd>
          </>
        )}
        <dt>{t("actionLines")}</dt>
        <dd>
          <ActionLineTags codes={c.actionLines} full />
        </dd>
        {c.sdgs.length > 0 && (
          <>
            <dt>{t("sdgs")}</dt>
            <dd>
              <SdgTags numbers={c.sdgs} />
            </dd>
          </>
        )}
      </dl>

      <h2>{t("summary")}</h2>
      <div className="content" lang={lang} dir={dir} data-testid="contribution-summary">
        {c.summary}
      </div>

      <h2>{t("body")}</h2>
      <div className="content" lang={lang} dir={dir} data-testid="contribution-body">
        {c.body}
      </div>

      {c.proposals && c.proposals.length > 0 && (
        <section aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">{tp("heading", { count: c.proposals.length })}</h2>
          <SynopticTable rows={c.proposals} contributionLanguage={c.language} showDecision={showProposalDecisions} showDecisionNote={showDecisionNotes} decisionControl={proposalDecision} />
        </section>
      )}

      <h2>{t("answers")}</h2>
      {c.answers.length === 0 ? (
        <p>{t("noAnswers")}</p>
      ) : (
        c.answers.map((a) => {
          const q = pickLocalised(a.question.text, locale);
          return (
            <section key={a.id}>
              <h3 lang={q.lang}>
                {a.question.position}. {q.text}
              </h3>
              <div className="content" lang={lang} dir={dir}>
                {a.text}
              </div>
            </section>
          );
        })
      )}
    </article>
  );
}
