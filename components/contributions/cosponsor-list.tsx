/** A contribution's co-sponsors with their status (the public page passes confirmed ones only). */
import { useTranslations } from "next-intl";
import { UserText } from "@/components/ui/user-text";

export interface CoSponsorRow {
  id: string;
  status: string;
  organisation: { name: string };
}

export function CoSponsorList({ rows, showStatus = true, children }: { rows: CoSponsorRow[]; showStatus?: boolean; children?: (row: CoSponsorRow) => React.ReactNode }) {
  const t = useTranslations("cosponsors");
  return (
    <section aria-labelledby="cosponsors-heading">
      <h2 id="cosponsors-heading">{t("heading")}</h2>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cosponsors">
          {rows.map((r) => (
            <li key={r.id}>
              <UserText>{r.organisation.name}</UserText>
              {showStatus && (
                <>
                  {" "}
                  <span className={`badge ${r.status === "CONFIRMED" ? "ACCEPTED" : r.status === "INVITED" ? "SUBMITTED" : "WITHDRAWN"}`}>{t(`status.${r.status as "INVITED"}`)}</span>
                </>
              )}
              {children?.(r)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
