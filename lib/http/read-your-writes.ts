/**
 * Read-your-writes with a read replica (DATABASE_REPLICA_URL, docs/deploy.md). Public pages read
 * from the streaming replica, which may lag the primary by a moment. Someone who has just changed
 * something (a contributor who submitted, the secretariat who accepted) must see the change on
 * the public pages at once: every successful action marked `publicChange` marks the browser "fresh" for
 * FRESH_SECONDS (a cookie), and while it is fresh that browser's public reads go to the primary.
 * Everyone else reads the replica; a lag of milliseconds is invisible to them.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { READ_PRIMARY_HEADER } from "./stamp-headers";

export const FRESH_COOKIE = "wsis-fresh";
/** Far longer than a healthy replica's lag (milliseconds), short enough to keep the primary light. */
export const FRESH_SECONDS = 30;

/** After a write: this browser reads from the primary for the next FRESH_SECONDS. */
export async function markFresh(): Promise<void> {
  try {
    (await cookies()).set(FRESH_COOKIE, "1", { maxAge: FRESH_SECONDS, httpOnly: true, sameSite: "lax", path: "/" });
  } catch {
    // outside a request (a script, a test calling the action directly): nothing to mark
  }
}

/**
 * Must this request read the primary? When its browser wrote in the last FRESH_SECONDS, or when
 * it renders a page the page cache keeps for others (READ_PRIMARY_HEADER). False outside a request.
 */
export async function mustReadPrimary(): Promise<boolean> {
  try {
    return (await cookies()).get(FRESH_COOKIE)?.value === "1" || (await headers()).get(READ_PRIMARY_HEADER) === "1";
  } catch {
    return false;
  }
}
