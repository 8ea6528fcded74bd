/** Validation of the address a sign-in link is sent to (next-auth Email provider). */
import { z } from "zod";

/**
 * One plain address only: next-auth's identifier becomes an SMTP recipient, so a list
 * ("a@x,b@y"), a quoted local part or a line break would turn the portal into a relay.
 * Throwing here makes next-auth answer with its error page and send nothing.
 */
export function normaliseSignInEmail(identifier: string): string {
  const email = identifier.trim().toLowerCase();
  const plain = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
  if (email.length > 254 || !plain.test(email) || !z.email().safeParse(email).success) throw new Error("Invalid e-mail address");
  return email;
}
