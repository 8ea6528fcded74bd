/** Names of the headers lib/http/request-stamp.ts sets on every request (no Node.js imports). */
export const CLIENT_HEADER = "x-portal-client";
export const LISTENER_HEADER = "x-portal-listener";
/**
 * Set by lib/http/page-cache/ on a rendering it will keep for other visitors, so that it reads
 * the primary rather than a replica that may not show the latest change yet. Removed from
 * every request first (request-stamp.ts): a client cannot set it.
 */
export const READ_PRIMARY_HEADER = "x-portal-read-primary";
