/**
 * Background delivery loop, started once per app server by instrumentation.ts when SMTP_URL
 * is set. Polls the outbox every few seconds; `nudgeDelivery()` asks for a run right away
 * (after a sign-in link is written, so nobody waits for the next tick).
 */
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverPendingEmails, smtpTransport } from "./deliver";

const INTERVAL_MS = 5_000;
let running = false;
let started = false;

async function tick() {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (running || !SMTP_URL) return;
  running = true;
  try {
    await deliverPendingEmails(db, smtpTransport(SMTP_URL), EMAIL_FROM);
  } catch (e) {
    console.error("[email] delivery run failed", e);
  } finally {
    running = false;
  }
}

export function startDeliveryWorker() {
  if (started) return;
  started = true;
  setInterval(tick, INTERVAL_MS).unref();
}

export function nudgeDelivery() {
  if (env().SMTP_URL) void tick();
}
