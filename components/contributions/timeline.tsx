/**
 * The contribution's history: each recorded transition with who, when, why (and its reason code),
 * and, when given, the e-mails written about it (recipient, template, delivery status).
 */
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";
import { isReasonCode } from "@/lib/workflow/reason-codes";

export interface TimelineEvent {
  id: string;
  at: Date;
  action: string;
  reason: string | null;
  actor: { name: string | null; deletedAt?: Date | null } | null;
  /** The audit event's data; a decision's { reasonCode } is shown by its label. */
  data?: unknown;
}

/** Tags added by a contribution.tag event (data.added). */
function addedTagsOf(data: unknown): string[] {
  const added = data && typeof data === "object" && "added" in data ? (data as { added: unknown }).added : undefined;
  return Array.isArray(added) ? added.filter((t): t is string => typeof t === "string") : [];
}

/** A proposal decision's { number, to } (proposal.decide events), or null. */
function proposalDecisionOf(data: unknown): { number: string; to: string } | null {
  if (!data || typeof data !== "object") return null;
  const { number, to } = data as { number?: unknown; to?: unknown };
  return typeof number === "string" && typeof to === "string" ? { number, to } : null;
}

function reasonCodeOf(data: unknown) {
  const code = data && typeof data === "object" && "reasonCode" in data ? (data as { reasonCode: unknown }).reasonCode : undefined;
  return isReasonCode(code) ? code : null;
}

/** An e-mail about the contribution (lib/services/contributions/contribution-emails.ts). */
export interface TimelineEmail {
  id: string;
  to: string;
  kind: string;
  status: "PENDING" | "SENT" | "FAILED";
  createdAt: Date;
  sentAt: Date | null;
}

type Entry = { at: Date; event: TimelineEvent; email?: never } | { at: Date; email: TimelineEmail; event?: never };

export function Timeline({ events, emails = [] }: { events: TimelineEvent[]; emails?: TimelineEmail[] }) {
  const t = useTranslations("audit");
  const te = useTranslations("emailLog");
  const tc = useTranslations("contribution");
  const tr = useTranslations("reasonCodes");
  const tp = useTranslations("proposals");
  // Audit events and e-mails in one chronological list (stable: audit events first at equal times).
  const entries: Entry[] = [...events.map((event) => ({ at: event.at, event })), ...emails.map((email) => ({ at: email.createdAt, email }))].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{tc("history")}</h2>
      <ol className="timeline">
        {entries.map(({ event: e, email }) =>
          email ? (
            <li key={email.id} className="timeline-email">
              <strong>{te("sent", { kind: te.has(`kind.${email.kind}`) ? te(`kind.${email.kind}`) : email.kind })}</strong>{" "}
              <span className="meta">
                <DateTime value={email.sentAt ?? email.createdAt} /> · {te.rich("to", { address: email.to, a: (chunks) => <bdi>{chunks}</bdi> })} · <span className={`badge email-${email.status}`}>{te(`status.${email.status}`)}</span>
              </span>
            </li>
          ) : (
          <li key={e.id}>
            {/* Message keys cannot contain dots (next-intl reads them as nesting). */}
            <strong>{t.has(e.action.replaceAll(".", "_")) ? t(e.action.replaceAll(".", "_")) : e.action}</strong>{" "}
            <span className="meta">
              <DateTime value={e.at} /> · {t.rich("by", { name: e.actor?.deletedAt ? t("deletedAccount") : (e.actor?.name ?? t("system")), user: (chunks) => <bdi>{chunks}</bdi> })}
            </span>
            {reasonCodeOf(e.data) && <p className="reason-code">{tr(`${reasonCodeOf(e.data)!}.label`)}</p>}
            {e.action === "proposal.decide" && proposalDecisionOf(e.data) && (
              <p>
                <bdi className="nowrap">{proposalDecisionOf(e.data)!.number}</bdi>: {tp.has(`decisions.${proposalDecisionOf(e.data)!.to}`) ? tp(`decisions.${proposalDecisionOf(e.data)!.to}`) : proposalDecisionOf(e.data)!.to}
              </p>
            )}
            {addedTagsOf(e.data).length > 0 && (
              <ul className="tag-list">
                {addedTagsOf(e.data).map((tag) => (
                  <li key={tag} className="queue-tag">
                    <bdi>{tag}</bdi>
                  </li>
                ))}
              </ul>
            )}
            {e.reason && (
              <p>
                <UserText as="span">{e.reason}</UserText>
              </p>
            )}
          </li>
          ),
        )}
      </ol>
    </section>
  );
}
