/** One published contribution in a list of search results (public list, Action Line pages). */
import { useTranslations } from "next-intl";
import type { SearchRow } from "@/lib/services/search/search-published";
import { DateTime } from "@/components/ui/date-time";
import { ActionLineTags } from "@/components/ui/tags";
import { UserText } from "@/components/ui/user-text";
import { Highlighted } from "./highlighted";
import { PlainLink } from "@/components/ui/plain-link";

export function ResultCard({ c, headingLevel = 2, showActionLines = true }: { c: SearchRow; headingLevel?: 2 | 3; showActionLines?: boolean }) {
  const tc = useTranslations("contribution");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading style={{ fontSize: "1.15rem", marginBlockStart: 0 }}>
        <PlainLink href={`/contributions/${c.referenceNumber}`}>
          <UserText lang={c.language}>{c.title}</UserText>
        </PlainLink>
      </Heading>
      <p className="meta">
        <bdi className="nowrap">{c.documentNumber}</bdi> · <UserText>{c.organisationName}</UserText> · {tc("published")}: <DateTime value={c.publishedAt} dateOnly />
      </p>
      {c.nonMember && <p className="meta non-member">{tc("nonMemberLabel")}</p>}
      <p lang={c.language} dir="auto" className="user-text">
        <Highlighted text={c.excerpt} />
      </p>
      {showActionLines && <ActionLineTags codes={c.actionLines} />}
    </li>
  );
}
