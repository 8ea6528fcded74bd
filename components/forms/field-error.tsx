"use client";
/**
 * Translates a validation message key ("tooLong:300", see lib/schemas/text.ts) into the
 * interface language, next to its field. Unknown keys read "This value is not valid."
 */
import { useTranslations } from "next-intl";

export function useValidationMessage() {
  const t = useTranslations("validation");
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const [key, arg] = message.split(":");
    return t.has(key) ? t(key, { n: Number(arg ?? 0) }) : t("invalid");
  };
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  const translate = useValidationMessage();
  const text = translate(message);
  if (!text) return null;
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}
