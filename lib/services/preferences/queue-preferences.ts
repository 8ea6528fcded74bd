/**
 * The queue's column choice and density per secretariat member, stored server-side on the User
 * row, so they follow the person to any browser.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { readQueuePreferences, type QueuePreferences } from "@/lib/schemas/queue-preferences";

export async function getQueuePreferences(actor: Actor): Promise<QueuePreferences> {
  assertCan(actor, "queue.view");
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { queuePreferences: true } });
  return readQueuePreferences(user?.queuePreferences);
}

/** Saves `input` (re-read through the same lenient parser, so only known values are stored). */
export async function saveQueuePreferences(actor: Actor, input: unknown): Promise<QueuePreferences> {
  assertCan(actor, "queue.view");
  const prefs = readQueuePreferences(input);
  await db.user.update({ where: { id: actor.userId }, data: { queuePreferences: { hidden: prefs.hidden, density: prefs.density } } });
  return prefs;
}
