/**
 * Baseline texts (the provisions revision proposals amend), in versions.
 *
 * - `insertBaseline(db, definition)`: stores a definition as the next version (1, 2, …) in the
 *   caller's client or transaction; provisions keep the definition's reading order.
 * - `ensureBaseline(db)`: the seed's call: loads version 1 (the Geneva Plan of Action, section C)
 *   when no version exists. Idempotent.
 * - `loadBaseline` (load-baseline.ts) is the secretariat's way in, through the permission table.
 * - `getBaseline(version?)`: a version (the latest when omitted) with its provisions, or null.
 * Versions are never edited or deleted: a proposal's marks are computed against the text it
 * amended.
 * This module takes the database client as an argument (no "@/lib/db"), so the seed can use it.
 */
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { planOfActionBaseline, type BaselineDefinition } from "@/lib/revision/baseline-source";

type Db = PrismaClient | Prisma.TransactionClient;

/** Stores `definition` as the next version; returns its id and version number. */
export async function insertBaseline(db: Db, definition: BaselineDefinition, loadedById?: string): Promise<{ id: string; version: number }> {
  const latest = await db.baselineText.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  const version = (latest?.version ?? 0) + 1;
  const { id } = await db.baselineText.create({
    data: { version, title: definition.title, documentRef: definition.documentRef, language: definition.language, caveats: definition.caveats, loadedById },
    select: { id: true },
  });
  await db.baselineProvision.createMany({
    data: definition.provisions.map((p, position) => ({ baselineId: id, position, ref: p.ref, actionLine: p.actionLine, kind: p.kind, text: p.text, partial: p.partial, source: p.source })),
  });
  return { id, version };
}

/** Loads version 1 (Plan of Action, section C) when the database holds no baseline yet. */
export async function ensureBaseline(db: PrismaClient): Promise<void> {
  if (await db.baselineText.count()) return;
  await db.$transaction((tx) => insertBaseline(tx, planOfActionBaseline()));
}

export interface BaselineProvisionView {
  id: string;
  ref: string;
  actionLine: string;
  position: number;
  kind: string;
  text: string;
  partial: boolean;
}

export interface BaselineView {
  id: string;
  version: number;
  title: string;
  documentRef: string;
  language: string;
  caveats: { ref: string; what: string }[];
  provisions: BaselineProvisionView[];
}

/** Version `version` (the latest when omitted) with its provisions in reading order, or null. */
export async function getBaseline(db: Db, version?: number): Promise<BaselineView | null> {
  const b = await db.baselineText.findFirst({
    where: version ? { version } : {},
    orderBy: { version: "desc" },
    include: { provisions: { orderBy: { position: "asc" }, select: { id: true, ref: true, actionLine: true, position: true, kind: true, text: true, partial: true } } },
  });
  if (!b) return null;
  return { id: b.id, version: b.version, title: b.title, documentRef: b.documentRef, language: b.language, caveats: b.caveats as BaselineView["caveats"], provisions: b.provisions };
}
