/**
 * Every kind of caller a refusal test must try: anonymous, and each non-admin person of the
 * world (contributor, focal point, another organisation's contributor and focal point, an
 * unverified member, the secretariat, a person with no affiliation).
 */
import { ANONYMOUS, type Actor } from "@/lib/auth/permissions";
import type { World } from "./world";

export const NON_ADMINS = ["contributor", "focalPoint", "otherOrg", "etuFocal", "unverified", "secretariat", "outsider"] as const;

export async function nonAdminActors(world: World): Promise<[string, Actor][]> {
  const people: [string, Actor][] = [["anonymous", ANONYMOUS]];
  for (const who of NON_ADMINS) people.push([who, await world.actor(who)]);
  return people;
}
