/** A consultation's title, state and window, the deadline shown in the consultation's own zone. */
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { pickLocalised } from "@/lib/localised";
import { windowState } from "@/lib/rules/window";
import { LocalTime } from "@/components/ui/local-time";

export interface ConsultationLike {
  slug: string;
  title: unknown;
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
}

export function ConsultationWindow({ c, now }: { c: ConsultationLike; now: Date }) {
  const t = useTranslations("consultation");
  const tc = useTranslations("contribution");
  const format = useFormatter();
  const state = windowState(c, now);
  const inZone = (d: Date) =>
    t.rich("inZone", {
      date: format.dateTime(d, { dateStyle: "full", timeStyle: "short", timeZone: c.timeZone }),
      timeZone: c.timeZone,
      time: (chunks) => <time dateTime={d.toISOString()}>{chunks}</time>,
    });
  return (
    <dl className="facts">
      <dt>{tc("status")}</dt>
      <dd>
        <span className={`badge ${state === "open" ? "ACCEPTED" : state === "closed" ? "REJECTED" : "UNDER_REVIEW"}`}>{t(`state.${state}`)}</span>
      </dd>
      <dt>{t("opens")}</dt>
      <dd>{inZone(c.opensAt)}</dd>
      <dt>{t("deadline")}</dt>
      <dd>
        <strong>{inZone(c.closesAt)}</strong>
        <LocalTime value={c.closesAt.toISOString()} />
      </dd>
    </dl>
  );
}

/** `headingLevel`: 3 under a section heading (home page), 2 right under the page's h1. */
export function ConsultationCard({ c, now, headingLevel = 3 }: { c: ConsultationLike; now: Date; headingLevel?: 2 | 3 }) {
  const locale = useLocale();
  const title = pickLocalised(c.title, locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <Heading>
        <Link href={`/consultations/${c.slug}`} lang={title.lang}>
          {title.text}
        </Link>
      </Heading>
      <ConsultationWindow c={c} now={now} />
    </article>
  );
}
