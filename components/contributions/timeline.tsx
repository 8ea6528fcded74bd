/** The contribution's history: each recorded transition with who, when and why. */
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";

export interface TimelineEvent {
  id: string;
  at: Date;
  action: string;
  reason: string | null;
  actor: { name: string | null } | null;
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("audit");
  const tc = useTranslations("contribution");
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{tc("history")}</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id}>
            {/* Message keys cannot contain dots (next-intl reads them as nesting). */}
            <strong>{t.has(e.action.replaceAll(".", "_")) ? t(e.action.replaceAll(".", "_")) : e.action}</strong>{" "}
            <span className="meta">
              <DateTime value={e.at} /> · {t.rich("by", { name: e.actor?.name ?? t("system"), user: (chunks) => <bdi>{chunks}</bdi> })}
            </span>
            {e.reason && (
              <p>
                <UserText as="span">{e.reason}</UserText>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
