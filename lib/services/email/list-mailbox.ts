/**
 * The development mailbox: the latest e-mails of the outbox. Only outside production and
 * without SMTP (lib/env.ts mailboxEnabled); the page answers 404 otherwise.
 * @throws AppError NOT_FOUND when the mailbox is disabled.
 */
import "server-only";
import { db } from "@/lib/db";
import { mailboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";

export async function listMailbox(limit = 100) {
  if (!mailboxEnabled()) throw new AppError("NOT_FOUND");
  return db.outboundEmail.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}
