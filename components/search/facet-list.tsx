/**
 * One facet of the public search: its values with counts, as plain links (works without
 * JavaScript); the chosen value is marked and "All" removes it. Changing a facet returns to page 1.
 */
import { useTranslations } from "next-intl";
import type { FacetKey, TPublicSearch } from "@/lib/schemas/public-search";
import { PlainLink } from "@/components/ui/plain-link";

export function searchHref(s: TPublicSearch, changes: Partial<Record<keyof TPublicSearch, string | number | undefined>>): string {
  const params = new URLSearchParams();
  const merged = { ...s, page: undefined, ...changes } as Record<string, string | number | undefined>;
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) params.set(k, String(v));
  const query = params.toString();
  return `/contributions${query ? `?${query}` : ""}`;
}

export function FacetList({ facet, values, search, label }: { facet: FacetKey; values: { value: string; count: number }[]; search: TPublicSearch; label: (value: string) => React.ReactNode }) {
  const t = useTranslations("search");
  const chosen = search[facet] === undefined ? undefined : String(search[facet]);
  if (values.length === 0 && chosen === undefined) return null;
  return (
    <section className="facet" aria-labelledby={`facet-${facet}`}>
      <h3 id={`facet-${facet}`}>{t(`facets.${facet}`)}</h3>
      <ul>
        {chosen !== undefined && (
          <li>
            <PlainLink href={searchHref(search, { [facet]: undefined })}>{t("all")}</PlainLink>
          </li>
        )}
        {values.map((v) => (
          <li key={v.value}>
            <PlainLink href={searchHref(search, { [facet]: v.value })} aria-current={chosen === v.value ? "true" : undefined}>
              {label(v.value)}
            </PlainLink>{" "}
            <span className="meta">({v.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
