/**
 * An ITU proposal marker (ADD, MOD, SUP, NOC) as a badge. The symbol itself is never translated
 * (ITU documents use it in every language); its meaning is given as text for screen readers and
 * as a tooltip.
 */
import { useTranslations } from "next-intl";

export function MarkerBadge({ marker }: { marker: "ADD" | "MOD" | "SUP" | "NOC" }) {
  const t = useTranslations("proposals.markerMeaning");
  return (
    <span className={`marker marker-${marker.toLowerCase()}`} title={t(marker)}>
      <span lang="en" dir="ltr">{marker}</span>
      <span className="visually-hidden"> ({t(marker)})</span>
    </span>
  );
}
