/**
 * At most SIGN_IN_LIMIT sign-in links per address in 15 minutes, counted in the outbox (so the
 * limit holds across app servers without another store). Protects people's mailboxes from being
 * flooded through the sign-in form.
 * @throws Error when the address reached the limit (next-auth then reports a sign-in error).
 */
import type { PrismaClient } from "@/generated/prisma/client";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export async function assertSignInAllowed(db: PrismaClient, email: string, limit: number, now = new Date()): Promise<void> {
  const recent = await db.outboundEmail.count({ where: { to: email, kind: "signIn", createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } } });
  if (recent >= limit) throw new Error("Too many sign-in links requested for this address; try again later.");
}
