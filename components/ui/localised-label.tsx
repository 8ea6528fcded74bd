/**
 * A reference-data label (Action Line or SDG title) that may be in another language than the
 * page (lib/reference: English when no sourced translation exists); marks it with `lang`
 * so screen readers pronounce it right.
 */
import type { LocalisedText } from "@/lib/reference";

export function LocalisedLabel({ value, pageLocale }: { value: LocalisedText; pageLocale: string }) {
  if (value.lang === pageLocale) return <>{value.text}</>;
  return (
    <span lang={value.lang} dir="auto">
      {value.text}
    </span>
  );
}
