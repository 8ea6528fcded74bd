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
    ];
  },
};

export default withNextIntl(nextConfig);
