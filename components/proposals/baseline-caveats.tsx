/**
 * What readers must know about the baseline text shown (missing or unverified passages, from the
 * reference file's `missing` list), limited to the provisions on the page, so a partial text is
 * never presented as complete.
 */
import { useTranslations } from "next-intl";

export function BaselineCaveats({ caveats, refs }: { caveats: { ref: string; what: string }[]; refs: string[] }) {
  const t = useTranslations("proposalPages");
  const shown = new Set(refs);
  const relevant = caveats.filter((c) => shown.has(c.ref.split(" (")[0]));
  if (relevant.length === 0) return null;
  return (
    <aside className="notice warning">
      <p>{t("caveats")}</p>
      <ul>
        {relevant.map((c) => (
          <li key={c.ref} lang="en">
            <bdi>{c.ref}</bdi>: {c.what}
          </li>
        ))}
      </ul>
    </aside>
  );
}
