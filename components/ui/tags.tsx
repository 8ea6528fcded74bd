/** Action Lines and SDGs as tag lists, each tag titled in the page's language where sourced. */
import { useLocale, useTranslations } from "next-intl";
import { actionLineTitle, sdgTitle } from "@/lib/reference";
import { LocalisedLabel } from "./localised-label";
import { PlainLink } from "./plain-link";

export function ActionLineTags({ codes, full = false }: { codes: string[]; full?: boolean }) {
  const locale = useLocale();
  return (
    <ul className="tags">
      {codes.map((code) => {
        const title = actionLineTitle(code, locale);
        return (
          <li key={code} className="tag" title={full ? undefined : title.text}>
            <PlainLink href={`/action-lines/${code}`}>
              <bdi>{code}</bdi>
              {full && (
                <>
                  {" "}
                  <LocalisedLabel value={title} pageLocale={locale} />
                </>
              )}
            </PlainLink>
          </li>
        );
      })}
    </ul>
  );
}

export function SdgTags({ numbers }: { numbers: number[] }) {
  const locale = useLocale();
  const t = useTranslations("contribution");
  return (
    <ul className="tags">
      {numbers.map((n) => (
        <li key={n} className="tag">
          {t("sdg", { n })}: <LocalisedLabel value={sdgTitle(n, locale)} pageLocale={locale} />
        </li>
      ))}
    </ul>
  );
}
