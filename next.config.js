// Next.js configuration. ESM because package.json says "type": "module" (the generated Prisma
// client is ESM; see ../shared/notes/stack.md).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
// Kept in step with lib/http/security-headers.ts (this file is plain JavaScript).
const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * ALLOWED_ORIGINS (issue 12 item 11): public host names a reverse proxy serves the portal under
 * when its forwarded host differs from the portal's own (comma-separated, "*.example.org" for
 * any one level below). Next refuses a server action whose Origin is neither the request's host
 * nor one of these. Same parse as lib/http/allowed-origins.ts (this file is plain JavaScript).
 * Read when the server starts (`next start` loads this file), so no rebuild is needed.
 */
const ALLOWED_ORIGINS = (process.env.ALLOWED_ORIGINS ?? "")
  .split(",")
  .map((s) => s.trim().toLowerCase())
  .filter((s) => /^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(s));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never replaces the developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "nodemailer", "exceljs"],
  poweredByHeader: false,
  // COMPRESS=off: responses leave the server uncompressed, for a reverse proxy that compresses
  // them (nginx `gzip on`, as `npm run cluster` does): zlib then costs the proxy, not Node (about
  // 5 % of a server's CPU at the deadline, docs/performance.md). Read at `next start`.
  compress: process.env.COMPRESS !== "off",
  // A contribution holds up to 200,000 + answers of 20,000 code points, plus Action Line revision
  // proposals (lib/schemas/proposal.ts), up to 4 bytes each in UTF-8; a baseline definition up to
  // 1,000,000 characters. The forms check the size first (lib/request-size.ts, same number) so a
  // person is told what is too large instead of seeing a refused request.
  experimental: { serverActions: { bodySizeLimit: "6mb", allowedOrigins: ALLOWED_ORIGINS } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Pages get a nonce-based CSP from proxy.ts; everything else (API, feed, downloads) runs
      // nothing and is never framed. HSTS and Permissions-Policy depend on the run-time
      // environment: lib/http/request-stamp.ts sets them on every response.
      ...["/api/:path*", "/feed.xml"].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: RESOURCE_CSP }] })),
    ];
  },
};

export default withNextIntl(nextConfig);
