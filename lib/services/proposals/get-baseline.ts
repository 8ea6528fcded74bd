/**
 * The baseline text for pages: the version a contribution's proposals amend (or the latest, for a
 * new contribution), as the proposals editor and the baseline page need it. Public data (the
 * text of the Plan of Action): no permission needed. Returns null when no baseline is loaded or
 * the version does not exist.
 */
import "server-only";
import { db } from "@/lib/db";
import { getBaseline, type BaselineView } from "./baseline";

export function baselineVersion(version?: number): Promise<BaselineView | null> {
  return getBaseline(db, version);
}

/** Versions loaded so far, newest first: [{ version, title, documentRef, loadedAt, provisions }]. */
export async function listBaselineVersions() {
  const rows = await db.baselineText.findMany({ orderBy: { version: "desc" }, select: { version: true, title: true, documentRef: true, loadedAt: true, _count: { select: { provisions: true } } } });
  return rows.map((r) => ({ version: r.version, title: r.title, documentRef: r.documentRef, loadedAt: r.loadedAt, provisions: r._count.provisions }));
}

/** Version `version` (latest when omitted) as a loadable definition with its version number, or null. */
export async function baselineDefinition(version?: number) {
  const b = await db.baselineText.findFirst({
    where: version ? { version } : {},
    orderBy: { version: "desc" },
    include: { provisions: { orderBy: { position: "asc" }, select: { ref: true, actionLine: true, kind: true, text: true, partial: true, source: true } } },
  });
  if (!b) return null;
  return {
    version: b.version,
    title: b.title,
    documentRef: b.documentRef,
    language: b.language,
    caveats: b.caveats,
    provisions: b.provisions.map((p) => ({ ...p, source: p.source ?? undefined })),
  };
}
