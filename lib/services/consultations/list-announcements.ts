/** The secretariat's record of the messages sent to contributors, newest first. */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export async function listAnnouncements(actor: Actor, take = 50) {
  assertCan(actor, "announcement.send");
  return db.announcement.findMany({
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, statuses: true, subject: true, sentAt: true, recipientCount: true, consultation: { select: { title: true } } },
  });
}
