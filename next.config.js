// Next.js configuration. ESM because package.json says "type": "module" (the generated Prisma
// client is ESM; see ../shared/notes/stack.md).
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never replaces the developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "nodemailer", "exceljs"],
  poweredByHeader: false,
  // A contribution may hold 200,000 + 3 × 20,000 code points, up to 4 bytes each in UTF-8
  // (lib/schemas/contribution.ts LIMITS): ~1.05 MB, over Next's 1 MB default for server actions.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
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
    ];
  },
};

export default withNextIntl(nextConfig);
