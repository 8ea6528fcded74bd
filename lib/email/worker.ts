/**
 * Background delivery: on the job queue (lib/jobs/queue.ts, `email.deliver`) by default; this
 * in-process loop only when the queue is off (JOBS=off), started by instrumentation-node.ts when
 * SMTP_URL is set. Polls the outbox every few seconds; `nudgeDelivery()` asks for a run right away
 * (after a sign-in link is written, so nobody waits for the next tick).
 */
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverPendingEmails, smtpTransport } from "./deliver";
import { QUEUES, enqueue, jobsRunning } from "@/lib/jobs/queue";

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
  if (!env().SMTP_URL) return;
  // On the job queue: one delivery run soon, on whichever server is free (at most one per 2 s).
  if (jobsRunning()) void enqueue(QUEUES.email, {}, { singletonKey: "deliver", singletonSeconds: 2 }).catch((e) => console.error("[email] could not queue a delivery run", e));
  else void tick();
}

/** One delivery run (the job queue's `email.deliver` handler). */
export async function deliveryRun(): Promise<void> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (SMTP_URL) await deliverPendingEmails(db, smtpTransport(SMTP_URL), EMAIL_FROM);
}
