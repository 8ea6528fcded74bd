/** Absolute base URL for links in the API and feed: NEXTAUTH_URL when set, else the request's origin. */
export function baseUrlOf(request: Request): string {
  return (process.env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}
