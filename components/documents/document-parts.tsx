/**
 * A document's revisions, addenda and corrigenda for the organisation and the secretariat: each
 * with its status, number once published, the secretariat's note and the text; `actions` adds
 * the forms open to this person on a part (decision, answer to a request).
 */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { DocumentPartRow } from "@/lib/services/documents/list-parts";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

export async function DocumentParts({ parts, actions, children }: { parts: DocumentPartRow[]; actions?: (p: DocumentPartRow) => ReactNode; children?: ReactNode }) {
  const t = await getTranslations("documents");
  return (
    <section id="document-parts" aria-labelledby="document-parts-heading">
      <h2 id="document-parts-heading">{t("heading")}</h2>
      {parts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="timeline" data-testid="document-parts">
          {parts.map((p) => (
            <li key={p.id}>
              <p>
                <strong>{p.documentNumber ? <bdi>{p.documentNumber}</bdi> : t(`kind.${p.kind}`)}</strong> · {t(`status.${p.status}`)}
                {p.publishedAt && (
                  <>
                    {" "}
                    · <DateTime value={p.publishedAt} />
                  </>
                )}
              </p>
              {p.note && (
                <p>
                  {t("noteLabel")} <UserText as="span">{p.note}</UserText>
                </p>
              )}
              {p.title && (
                <details>
                  <summary>
                    <UserText as="span" lang={p.language}>
                      {p.title}
                    </UserText>
                  </summary>
                  <UserText as="div" lang={p.language} className="body-text">{p.body}</UserText>
                </details>
              )}
              {actions?.(p)}
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
