/**
 * A decision applied to a selection of the queue: each item goes through decideContribution on
 * its own (its own permission check, expected-status guard, transaction, audit event and e-mail),
 * so one refused item never blocks or undoes the others. Returns one result per item, in order.
 * A reason code (reject, request changes) goes with every item, like the reason text.
 */
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { TRANSITIONS } from "@/lib/rules/transitions";
import { queueWhereFor } from "@/lib/auth/scopes";
import { db } from "@/lib/db";
import { isId } from "@/lib/schemas/id";
import { AppError, type ErrorCode, type ErrorParams } from "@/lib/errors";
import type { TDecisionInput } from "@/lib/schemas/decision";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import type { ReasonCode } from "@/lib/workflow/reason-codes";

import { BULK_LIMIT } from "@/lib/schemas/triage";
export { BULK_LIMIT };

export interface BulkItemResult {
  contributionId: string;
  /** Receipt number, to report the item by a name people know (null when not visible). */
  reference: string | null;
  ok: boolean;
  status?: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

export async function bulkDecide(
  actor: Actor,
  input: { decision: TDecisionInput["decision"]; reason: string; reasonCode?: ReasonCode; items: { contributionId: string; expectedStatus: string }[] },
): Promise<BulkItemResult[]> {
  // Up front, as every action: a caller without the decision's permission is refused as a whole
  // (issue 12 item 7: each item was refused, but the answer was "ok").
  assertCan(actor, TRANSITIONS[input.decision].permission);
  if (input.items.length > BULK_LIMIT) throw new AppError("VALIDATION", {}, { items: [`tooMany:${BULK_LIMIT}`] });
  const results: BulkItemResult[] = [];
  for (const item of input.items) {
    try {
      const r = await decideContribution(actor, { decision: input.decision, reason: input.reason, reasonCode: input.reasonCode, ...item } as TDecisionInput);
      results.push({ contributionId: item.contributionId, reference: null, ok: true, status: r.status });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({ contributionId: item.contributionId, reference: null, ok: false, code: e.code, params: e.params });
    }
  }
  const visible = await db.contribution.findMany({
    where: { AND: [queueWhereFor(actor), { id: { in: input.items.map((i) => i.contributionId).filter(isId) } }] },
    select: { id: true, referenceNumber: true },
  });
  const references = new Map(visible.map((c) => [c.id, c.referenceNumber]));
  return results.map((r) => ({ ...r, reference: references.get(r.contributionId) ?? null }));
}
