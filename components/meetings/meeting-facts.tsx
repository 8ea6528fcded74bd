/** Dates, place and documents deadline of a CWG meeting, as a description list. */
import { useFormatter, useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

export interface MeetingFacts {
  startsOn: Date;
  endsOn: Date;
  place: string | null;
  virtual: boolean;
  documentsDeadline: Date;
  timeZone: string;
}

export function MeetingFactsList({ m }: { m: MeetingFacts }) {
  const t = useTranslations("meetings");
  const format = useFormatter();
  const dates = format.dateTimeRange(m.startsOn, m.endsOn, { dateStyle: "long", timeZone: "UTC" });
  return (
    <dl className="facts">
      <dt>{t("dates")}</dt>
      <dd>{dates}</dd>
      <dt>{t("place")}</dt>
      <dd>{m.place ? m.virtual ? t.rich("placeAndVirtual", { place: m.place, isolate: (chunks) => <bdi dir="auto" className="user-text">{chunks}</bdi> }) : <UserText>{m.place}</UserText> : t("virtual")}</dd>
      <dt>{t("deadline")}</dt>
      <dd>
        <DateTime value={m.documentsDeadline} timeZone={m.timeZone} />
      </dd>
    </dl>
  );
}
