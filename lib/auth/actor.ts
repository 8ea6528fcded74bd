/**
 * getActor(): who is calling, loaded once per request (React cache) from the next-auth
 * session and the database — roles and verified memberships always come from the database,
 * never from the client.
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import { ANONYMOUS, type Actor } from "./permissions";

export const getActor = cache(async (): Promise<Actor> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return ANONYMOUS;
  return (await loadActor(userId)) ?? ANONYMOUS;
});
