/** Names of the headers lib/http/request-stamp.ts sets on every request (no Node.js imports). */
export const CLIENT_HEADER = "x-portal-client";
export const LISTENER_HEADER = "x-portal-listener";
