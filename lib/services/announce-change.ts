/**
 * Tells every app server (this one at once) that what `topic` covers has changed, through the
 * primary's NOTIFY (lib/cache/invalidation.ts). Call it after the change has committed.
 */
import "server-only";
import { db } from "@/lib/db";
import { announceInvalidation, type Topic } from "@/lib/cache/invalidation";

export function announceChange(topic: Topic): Promise<void> {
  return announceInvalidation(topic, (channel, payload) => db.$executeRaw`SELECT pg_notify(${channel}, ${payload})`);
}
