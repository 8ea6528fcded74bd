/**
 * What the permanent address of an unpublished document shows instead of its text (issue 14
 * item 3): its number, title, publication and unpublication dates, and the secretariat's reason.
 */
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

export interface UnpublishedNoticeData {
  documentNumber: string;
  title: string;
  language: string | null;
  publishedAt: Date | null;
  unpublishedAt: Date;
  reason: string;
}

export function UnpublishedNotice({ notice }: { notice: UnpublishedNoticeData }) {
  const t = useTranslations("publication");
  const tp = useTranslations("public");
  return (
    <>
      <p>
        <Link href="/contributions">{tp("back")}</Link>
      </p>
      <h1>
        <bdi>{notice.documentNumber}</bdi>
      </h1>
      <section className="notice" role="note" aria-labelledby="unpublished-heading" data-testid="unpublished-notice">
        <h2 id="unpublished-heading" style={{ marginBlockStart: 0 }}>
          {t("noticeHeading")}
        </h2>
        <dl className="facts">
          <dt>{t("documentNumber")}</dt>
          <dd>
            <bdi className="nowrap">{notice.documentNumber}</bdi>
          </dd>
          <dt>{t("title")}</dt>
          <dd>
            <UserText lang={notice.language}>{notice.title}</UserText>
          </dd>
          {notice.publishedAt && (
            <>
              <dt>{t("publishedOn")}</dt>
              <dd>
                <DateTime value={notice.publishedAt} dateOnly />
              </dd>
            </>
          )}
          <dt>{t("unpublishedOn")}</dt>
          <dd>
            <DateTime value={notice.unpublishedAt} dateOnly />
          </dd>
          <dt>{t("reason")}</dt>
          <dd>
            <UserText as="span">{notice.reason}</UserText>
          </dd>
        </dl>
        <p className="hint">{t("noticeHint")}</p>
      </section>
    </>
  );
}
