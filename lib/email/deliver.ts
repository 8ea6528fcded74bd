/**
 * Delivers pending outbox e-mails by SMTP (nodemailer), with retries and exponential back-off.
 * Safe to run from several app servers at once: rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and pushed out of reach for the attempt's duration.
 *
 * Back-off: 1, 2, 4 … 64 minutes; after MAX_ATTEMPTS a row is FAILED and stays for inspection.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/generated/prisma/client";

const MAX_ATTEMPTS = 8;
const CLAIM_MINUTES = 5;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export function smtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/** Sends up to `limit` due e-mails through `transport`, from `from`. */
export async function deliverPendingEmails(db: PrismaClient, transport: Transporter, from: string, limit = 20): Promise<DeliveryReport> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboundEmail" SET "nextAttemptAt" = (now() AT TIME ZONE 'UTC') + make_interval(mins => ${CLAIM_MINUTES}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboundEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const { id } of claimed) {
    const mail = await db.outboundEmail.findUniqueOrThrow({ where: { id } });
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, headers: { "Content-Language": mail.locale } });
      await db.outboundEmail.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      report.sent++;
    } catch (e) {
      const lastError = e instanceof Error ? e.message.slice(0, 1000) : String(e);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      const delayMs = 60_000 * 2 ** Math.min(mail.attempts - 1, 6);
      await db.outboundEmail.update({
        where: { id },
        data: { status: giveUp ? "FAILED" : "PENDING", lastError, nextAttemptAt: new Date(Date.now() + delayMs) },
      });
      report.failed++;
    }
  }
  return report;
}
