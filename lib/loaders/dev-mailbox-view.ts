/**
 * The development mailbox: the latest e-mails of the outbox, sign-in links included. Only when
 * lib/http/dev-mailbox.ts allows this request (switched on, not production, no SMTP, loopback
 * listener and client); the page answers 404 otherwise.
 * @throws AppError NOT_FOUND when the mailbox is not open to this request.
 */
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { devMailboxOpenTo } from "@/lib/http/dev-mailbox";

export async function loadDevMailboxView(requestHeaders: { get(name: string): string | null }, limit = 100) {
  if (!devMailboxOpenTo(requestHeaders)) throw new AppError("NOT_FOUND");
  return db.outboundEmail.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}
