/**
 * getActor(): who is calling, loaded once per request (React cache) from the next-auth
 * session and the database — roles and verified memberships always come from the database,
 * never from the client.
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { ANONYMOUS, type Actor } from "./permissions";

export const getActor = cache(async (): Promise<Actor> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return ANONYMOUS;
  const user = await db.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user) return ANONYMOUS;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    role: user.role,
    memberships: user.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role, verified: m.verifiedAt !== null })),
  };
});
