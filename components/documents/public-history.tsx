/**
 * The published history of a document on its permanent address: which revision this text is,
 * every earlier revision linked to its comparison with the one before (word-level marks), and
 * the addenda and corrigenda under the same number, each with its own text.
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";
import type { DocumentPartRow } from "@/lib/services/documents/list-parts";

export interface RevisionEntry {
  revision: number;
  version: number;
  documentNumber: string | null;
  publishedAt: Date | null;
  previousVersion: number | null;
}

/** "Revision n" above the text, when the text at the address is a revision. */
export async function CurrentRevision({ current, publishedAt }: { current: RevisionEntry; publishedAt: Date | null }) {
  if (current.revision === 0) return null;
  const t = await getTranslations("documents");
  return (
    <p className="notice" data-testid="current-revision">
      <strong>{t("revisionN", { n: current.revision })}</strong> · <bdi className="nowrap">{current.documentNumber}</bdi>
      {current.publishedAt && (
        <>
          {" "}
          · <DateTime value={current.publishedAt} />
        </>
      )}
      {publishedAt && (
        <>
          {" "}
          · {t("originalOf")} <DateTime value={publishedAt} />
        </>
      )}
    </p>
  );
}

export async function PublicHistory({ reference, revisions, addenda, originalAt }: { reference: string; revisions: RevisionEntry[]; addenda: DocumentPartRow[]; originalAt: Date | null }) {
  if (revisions.length < 2 && addenda.length === 0) return null;
  const t = await getTranslations("documents");
  const base = `/contributions/${encodeURIComponent(reference)}/revisions`;
  return (
    <>
      {revisions.length > 1 && (
        <section aria-labelledby="revisions-heading">
          <h2 id="revisions-heading">{t("revisionsHeading")}</h2>
          <ol className="timeline" data-testid="revisions">
            {revisions.map((r) => (
              <li key={r.version}>
                <strong>{r.revision === 0 ? t("original") : t("revisionN", { n: r.revision })}</strong>
                {r.documentNumber && (
                  <>
                    {" "}
                    · <bdi className="nowrap">{r.documentNumber}</bdi>
                  </>
                )}{" "}
                · <DateTime value={r.publishedAt ?? originalAt ?? new Date(0)} />
                {r.previousVersion !== null && (
                  <>
                    {" "}
                    · <Link href={`${base}?from=${r.previousVersion}&to=${r.version}`}>{t("compareWithPrevious", { n: r.revision })}</Link>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {addenda.length > 0 && (
        <section aria-labelledby="addenda-heading">
          <h2 id="addenda-heading">{t("addendaHeading")}</h2>
          {addenda.map((p) => (
            <article key={p.id} aria-labelledby={`part-${p.id}`} data-testid="addendum">
              <h3 id={`part-${p.id}`}>
                <bdi className="nowrap">{p.documentNumber}</bdi> · {t(`kind.${p.kind}`)}
              </h3>
              <p className="meta">{p.publishedAt && <DateTime value={p.publishedAt} />}</p>
              <p>
                <UserText lang={p.language}>{p.title}</UserText>
              </p>
              {p.summary && (
                <UserText as="div" lang={p.language} className="content">
                  {p.summary}
                </UserText>
              )}
              <UserText as="div" lang={p.language} className="content">
                {p.body}
              </UserText>
            </article>
          ))}
        </section>
      )}
    </>
  );
}
