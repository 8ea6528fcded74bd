/**
 * A contribution's versions (immutable snapshots of each submission), for whoever may see the
 * contribution: its organisation's members and the secretariat; the public for published ones.
 * Returns null when the contribution is unknown or not visible (pages answer 404).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";

export async function listVersions(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) return null;
  const c = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id: contributionId }] },
    select: { id: true, title: true, language: true, versions: { orderBy: { number: "asc" } } },
  });
  return c;
}

export type VersionedContribution = NonNullable<Awaited<ReturnType<typeof listVersions>>>;

/** Numbers and dates of a contribution's versions (for its page's list), within the actor's scope. */
export function listVersionSummaries(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) return Promise.resolve([]);
  return db.contributionVersion.findMany({
    where: { contributionId, contribution: contributionWhereFor(actor) },
    orderBy: { number: "asc" },
    select: { number: true, createdAt: true },
  });
}
