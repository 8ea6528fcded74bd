/**
 * What stays of a deleted account: the row (contributions, versions and the audit log point to
 * it) with no name and an address that names nobody and can receive nothing (".invalid" is
 * reserved for that, RFC 2606).
 */
const DOMAIN = "deleted.invalid";

export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId}@${DOMAIN}`;
}

export function isDeletedAccountEmail(email: string): boolean {
  return email.endsWith(`@${DOMAIN}`);
}
