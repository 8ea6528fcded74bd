/**
 * Public list of accepted contributions, newest publication first (id breaks ties).
 * `page` is 1-based; `size` rows per page.
 */
import { db } from "@/lib/db";
import { PUBLISHED } from "@/lib/auth/scopes";

export async function listPublished(page: number, size = 20) {
  const [rows, total] = await Promise.all([
    db.contribution.findMany({
      where: PUBLISHED,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * size,
      take: size,
      select: {
        id: true,
        referenceNumber: true,
        documentNumber: true,
        title: true,
        summary: true,
        language: true,
        actionLines: true,
        sdgs: true,
        publishedAt: true,
        organisation: { select: { name: true } },
      },
    }),
    db.contribution.count({ where: PUBLISHED }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / size)) };
}
