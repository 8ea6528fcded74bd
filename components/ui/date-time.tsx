/**
 * Dates and instants, formatted by Intl (through next-intl) in the page's language.
 * `timeZone` shows an instant as it reads in that zone (a consultation's deadline in its own
 * zone); without it, dates are shown in UTC with the zone named.
 */
import { useFormatter } from "next-intl";

export function DateTime({ value, timeZone, dateOnly = false }: { value: Date | string | null | undefined; timeZone?: string; dateOnly?: boolean }) {
  const format = useFormatter();
  if (!value) return <>—</>;
  const d = typeof value === "string" ? new Date(value) : value;
  const text = dateOnly
    ? format.dateTime(d, { dateStyle: "long", timeZone: timeZone ?? "UTC" })
    : // dateStyle cannot be combined with timeZoneName (ECMA-402), hence the explicit parts.
      format.dateTime(d, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: timeZone ?? "UTC", timeZoneName: "short" });
  return <time dateTime={d.toISOString()}>{text}</time>;
}
