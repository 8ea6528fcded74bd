/**
 * Delivery of the outbox through a real SMTP server (smtp-server, on a loopback port): sent
 * e-mails are marked SENT once; a refusing server leaves them PENDING with a later retry, and
 * FAILED after the last attempt. Nothing is lost either way.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { deliverPendingEmails, smtpTransport } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { db, resetDatabase } from "../support/db";

interface Received {
  to: string[];
  raw: string;
}

let server: SMTPServer;
let received: Received[];
let refuse = false;

async function startSmtp(): Promise<string> {
  received = [];
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        if (refuse) return callback(new Error("451 try again later"));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return `smtp://127.0.0.1:${port}`;
}

beforeEach(async () => {
  await resetDatabase();
  refuse = false;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("e-mail delivery by SMTP", () => {
  it("sends each pending e-mail once, in the recipient's language, and marks it sent", async () => {
    const url = await startSmtp();
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, { to: "a@example.org", locale: "ar", kind: "receipt", params: { referenceNumber: "WSIS20-C-0001", title: "عنوان" } });
      await enqueueEmail(tx, { to: "b@example.org", locale: "en", kind: "receipt", params: { referenceNumber: "WSIS20-C-0002", title: "Title" } });
    });
    const report = await deliverPendingEmails(db, smtpTransport(url), "Portal <no-reply@example.org>");
    expect(report).toEqual({ sent: 2, failed: 0 });
    expect(received.map((r) => r.to[0]).sort()).toEqual(["a@example.org", "b@example.org"]);
    expect(received.find((r) => r.to[0] === "a@example.org")!.raw).toContain("Content-Language: ar");
    expect(await db.outboundEmail.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(2);
    // A second run finds nothing to send: no duplicates.
    expect(await deliverPendingEmails(db, smtpTransport(url), "Portal <no-reply@example.org>")).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it("keeps a refused e-mail pending with a later retry, then fails it after the last attempt", async () => {
    const url = await startSmtp();
    refuse = true;
    await db.$transaction((tx) => enqueueEmail(tx, { to: "a@example.org", locale: "en", kind: "signIn", params: { url: "http://localhost/x" }, link: "http://localhost/x" }));
    expect(await deliverPendingEmails(db, smtpTransport(url), "p@example.org")).toEqual({ sent: 0, failed: 1 });
    let mail = await db.outboundEmail.findFirstOrThrow();
    expect(mail).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(mail.lastError).toMatch(/451/);
    expect(mail.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the next run leaves it alone.
    expect(await deliverPendingEmails(db, smtpTransport(url), "p@example.org")).toEqual({ sent: 0, failed: 0 });
    for (let i = 0; i < 7; i++) {
      await db.outboundEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
      await deliverPendingEmails(db, smtpTransport(url), "p@example.org");
    }
    mail = await db.outboundEmail.findFirstOrThrow();
    expect(mail).toMatchObject({ status: "FAILED", attempts: 8 });
    refuse = false;
    await db.outboundEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
    expect(await deliverPendingEmails(db, smtpTransport(url), "p@example.org")).toEqual({ sent: 0, failed: 0 });
  });
});
