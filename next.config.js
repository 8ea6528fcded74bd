// Next.js configuration. ESM because package.json says "type": "module" (the generated Prisma
// client is ESM; see ../shared/notes/stack.md).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
// Kept in step with lib/http/security-headers.ts (this file is plain JavaScript).
const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never replaces the developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "nodemailer", "exceljs"],
  poweredByHeader: false,
  // A contribution holds up to 200,000 + answers of 20,000 code points, plus Action Line revision
  // proposals (lib/schemas/proposal.ts), up to 4 bytes each in UTF-8; a baseline definition up to
  // 1,000,000 characters. The forms check the size first (lib/request-size.ts, same number) so a
  // person is told what is too large instead of seeing a refused request.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
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
