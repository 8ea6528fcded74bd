/**
 * The outbox: every e-mail is a row written in the same transaction as the change it
 * announces, so an e-mail is never sent for something that did not happen, and never lost for
 * something that did. Delivery (lib/email/deliver.ts) happens afterwards, with retries.
 */
import type { Prisma } from "@/generated/prisma/client";
import { renderEmail, type EmailKind, type EmailParams } from "./templates";
import { isDeletedAccountEmail } from "@/lib/people/deleted-account";

type Tx = Prisma.TransactionClient;

export interface EmailRequest {
  to: string;
  /** Recipient's preferred language; unknown languages fall back to English. */
  locale: string;
  kind: EmailKind;
  params: EmailParams;
  contributionId?: string;
  /** A sign-in link carried by the e-mail (shown by the development mailbox). */
  link?: string;
}

function outboxRow(req: EmailRequest): Prisma.OutboundEmailCreateManyInput {
  const { subject, text, locale } = renderEmail(req.kind, req.locale, req.params);
  // A person who deleted their account is written to no more: the row records that an e-mail
  // was due (the timeline stays true) but is never delivered.
  return isDeletedAccountEmail(req.to)
    ? { to: req.to, locale, kind: req.kind, subject, text: "", contributionId: req.contributionId, status: "FAILED", lastError: "ACCOUNT_DELETED" }
    : { to: req.to, locale, kind: req.kind, subject, text, link: req.link, contributionId: req.contributionId };
}

/** Writes one localised e-mail to the outbox inside `tx`. Returns the row's id. */
export async function enqueueEmail(tx: Tx, req: EmailRequest): Promise<string> {
  const row = await tx.outboundEmail.create({ data: outboxRow(req), select: { id: true } });
  return row.id;
}

/** Writes many e-mails in one statement (a campaign's thousands of members). */
export async function enqueueEmails(tx: Tx, reqs: EmailRequest[]): Promise<void> {
  if (reqs.length) await tx.outboundEmail.createMany({ data: reqs.map(outboxRow) });
}
