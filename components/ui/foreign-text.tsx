/**
 * A translated sentence with a value in another language inside it, e.g. an Arabic sentence
 * naming the English title of the baseline text: the value is wrapped in its own `lang` and
 * isolated (<bdi>), so screen readers pronounce it in its language and, in Arabic, the Latin
 * title does not reorder the sentence around it. `format` renders the message with a placeholder
 * in place of the value; the placeholder is a private-use character no message contains.
 */
import type { ReactNode } from "react";

const SLOT = "\uE000";

export function ForeignValue({ format, value, lang, dir = "auto" }: { format: (slot: string) => string; value: string; lang: string; dir?: "ltr" | "rtl" | "auto" }): ReactNode {
  const parts = format(SLOT).split(SLOT);
  return parts.flatMap((text, i) =>
    i === 0
      ? [text]
      : [
          <bdi key={i} lang={lang} dir={dir}>
            {value}
          </bdi>,
          text,
        ],
  );
}
