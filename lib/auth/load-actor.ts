/**
 * Builds the Actor of user `userId` from the database: platform role and memberships (verified
 * or not; permissions count verified ones only). Null when the user does not exist.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./permissions";

export async function loadActor(userId: string): Promise<Extract<Actor, { kind: "user" }> | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user) return null;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    role: user.role,
    memberships: user.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role, verified: m.verifiedAt !== null })),
  };
}
