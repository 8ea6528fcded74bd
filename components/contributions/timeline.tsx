/** The contribution's history: each recorded transition with who, when, why (and its reason code). */
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";
import { isReasonCode } from "@/lib/workflow/reason-codes";

export interface TimelineEvent {
  id: string;
  at: Date;
  action: string;
  reason: string | null;
  actor: { name: string | null } | null;
  /** The audit event's data; a decision's { reasonCode } is shown by its label. */
  data?: unknown;
}

function reasonCodeOf(data: unknown) {
  const code = data && typeof data === "object" && "reasonCode" in data ? (data as { reasonCode: unknown }).reasonCode : undefined;
  return isReasonCode(code) ? code : null;
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("audit");
  const tc = useTranslations("contribution");
  const tr = useTranslations("reasonCodes");
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
            {reasonCodeOf(e.data) && <p className="reason-code">{tr(`${reasonCodeOf(e.data)!}.label`)}</p>}
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
