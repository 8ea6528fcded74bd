"use client";
/** Live "n / max characters" under a text field, counting code points like the server does. */
import { useTranslations } from "next-intl";
import { codePointLength } from "@/lib/schemas/text";

export function CharCounter({ id, value, max }: { id: string; value: string | undefined; max: number }) {
  const t = useTranslations("form");
  const count = codePointLength(value ?? "");
  return (
    <p id={id} className={`counter${count > max ? " over" : ""}`} aria-live={count > max ? "polite" : "off"}>
      {t("characters", { count, max })}
    </p>
  );
}
