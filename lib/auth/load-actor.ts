/**
 * Builds the Actor of a person from the database: platform role and memberships (verified or
 * not; permissions count verified ones only). Null when the user does not exist, was deactivated
 * by an admin or deleted their account: such a person acts as nobody, even with a session cookie
 * that somehow survived.
 *
 * - loadActor(userId): for work done on someone's behalf outside a request (export jobs).
 * - loadActorBySessionToken(token): every request (getActor). The session, the person and their
 *   memberships in ONE statement, where next-auth's getServerSession() and loadActor() took three
 *   or four Prisma queries: at the deadline this ran before every submission (issue 11).
 */
import "server-only";
import { db, primaryPool } from "@/lib/db";
import type { Actor, ActorMembership } from "./permissions";

type UserActor = Extract<Actor, { kind: "user" }>;

export async function loadActor(userId: string): Promise<UserActor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user || user.deactivatedAt || user.deletedAt) return null;
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

/** next-auth's session lifetime and how often it is extended (lib/auth/options.ts; next-auth's default updateAge). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

const BY_TOKEN = `
SELECT (extract(epoch FROM s.expires) * 1000)::float8 AS "expiresMs", u.id, u.email, u.name, u.locale, u.role::text AS role,
  coalesce(json_agg(json_build_object('organisationId', m."organisationId", 'role', m.role, 'verified', m."verifiedAt" IS NOT NULL) ORDER BY m."createdAt")
    FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
FROM "Session" s
JOIN "User" u ON u.id = s."userId" AND u."deactivatedAt" IS NULL AND u."deletedAt" IS NULL
LEFT JOIN "Membership" m ON m."userId" = u.id
WHERE s."sessionToken" = $1 AND s.expires > (now() AT TIME ZONE 'UTC')
GROUP BY s.id, u.id`;

/**
 * The person signed in with database session `token`, or null (no such session, expired, or the
 * person barred as above). Extends the session as next-auth does: once a day at most, to
 * SESSION_MAX_AGE_S from now.
 */
export async function loadActorBySessionToken(token: string): Promise<UserActor | null> {
  const { rows } = await primaryPool.query<{ expiresMs: number; id: string; email: string; name: string | null; locale: string; role: UserActor["role"]; memberships: ActorMembership[] }>(BY_TOKEN, [token]);
  const row = rows[0];
  if (!row) return null;
  // The epoch of a zone-less timestamp reads it as UTC, which is how Prisma stores it.
  if (row.expiresMs - (SESSION_MAX_AGE_S - SESSION_UPDATE_AGE_S) * 1000 <= Date.now()) {
    await db.session.updateMany({ where: { sessionToken: token }, data: { expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) } });
  }
  return { kind: "user", userId: row.id, email: row.email, name: row.name, locale: row.locale, role: row.role, memberships: row.memberships };
}
