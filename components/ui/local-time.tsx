"use client";
/**
 * An instant in the viewer's own time zone (the browser's), shown next to the same instant in
 * the consultation's zone. Rendered after hydration only: the server does not know the viewer's
 * zone, and a guess would flash the wrong time.
 */
import { useSyncExternalStore } from "react";
import { useFormatter, useTranslations } from "next-intl";

export function LocalTime({ value }: { value: string }) {
  const t = useTranslations("consultation");
  const format = useFormatter();
  // null on the server and during hydration, the browser's zone after: no mismatch, no flash.
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
  if (!zone) return null;
  const text = format.dateTime(new Date(value), { dateStyle: "full", timeStyle: "short", timeZone: zone });
  return (
    <span className="meta" data-testid="local-time">
      {" "}
      {t("yourTime", { date: text, timeZone: zone })}
    </span>
  );
}

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
