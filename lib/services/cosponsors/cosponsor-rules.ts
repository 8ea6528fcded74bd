/** Absolute link to a page of the portal, for e-mails. (The co-sponsorship rules: lib/rules/cosponsors.ts.) */
export function portalLink(locale: string, path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}/${locale}${path}`;
}
