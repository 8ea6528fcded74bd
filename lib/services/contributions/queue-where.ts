/**
 * The secretariat queue's query, built once: the WHERE and ORDER BY that the queue page
 * (list-queue.ts) and every export (lib/services/exports) share, so an export can never be a
 * copy of the list that forgot a filter (docs: /work/shared/design/conventions.md, "What to avoid" 5).
 *
 * Raw SQL (Prisma.sql fragments, values always bound), because the full-text search (`q`, the
 * public search's matching: lib/services/search/text-match.ts) cannot be written in Prisma's query
 * builder, and a list of matching ids would exceed PostgreSQL's 32,767 bound parameters. The
 * queue page finds the ids of a page here, then reads those rows through Prisma with
 * queueWhereFor(actor) ANDed in again (readQueueRows), so the scope is applied twice; an export
 * reads each batch, rows and all, in one statement over the same clause (queuePageSql).
 * `c` aliases "Contribution".
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { queueSqlFor, queueWhereFor } from "@/lib/auth/scopes";
import type { QueueFilter } from "@/lib/schemas/queue";
import { textMatch } from "@/lib/services/search/text-match";
import { OVERDUE_STATUSES } from "@/lib/schemas/due-date";

/** The URL filters of the queue, without paging: what an export takes. */
export type { QueueFilter };

const org = (condition: Prisma.Sql) => Prisma.sql`c."organisationId" IN (SELECT o."id" FROM "Organisation" o WHERE ${condition})`;

/**
 * Contributions in the queue for `actor` under the URL filters of `q`: the queue's scope (not a
 * draft: queueSqlFor, the same as queueWhereFor for a queue.view holder, FALSE for anyone else) AND
 * every filter, the text search included.
 * Does not authorise: callers assertCan(actor, "queue.view") first.
 */
export function queueWhere(actor: Actor, q: Partial<QueueFilter>): Prisma.Sql {
  const parts: Prisma.Sql[] = [queueSqlFor(actor)];
  if (q.q) parts.push(textMatch(q.q));
  if (q.status) parts.push(Prisma.sql`c."status" = ${q.status}::"ContributionStatus"`);
  if (q.type) parts.push(Prisma.sql`c."type" = ${q.type}::"ContributionType"`);
  if (q.al) parts.push(Prisma.sql`${q.al} = ANY(c."actionLines")`);
  if (q.sdg) parts.push(Prisma.sql`${q.sdg}::int = ANY(c."sdgs")`);
  if (q.lang) parts.push(Prisma.sql`c."language" = ${q.lang}`);
  if (q.group) parts.push(org(Prisma.sql`o."stakeholderGroup" = ${q.group}::"StakeholderGroup"`));
  if (q.cat) parts.push(org(Prisma.sql`o."membershipCategory" = ${q.cat}::"MembershipCategory"`));
  if (q.region) parts.push(org(Prisma.sql`o."ituRegion" = ${q.region}`));
  if (q.country) parts.push(org(Prisma.sql`o."country" = ${q.country}`));
  // Whole UTC days, both ends included (submittedAt is a UTC timestamp without zone).
  if (q.from) parts.push(Prisma.sql`c."submittedAt" >= ${q.from}::date`);
  if (q.to) parts.push(Prisma.sql`c."submittedAt" < ${q.to}::date + 1`);
  if (q.attachments) parts.push(Prisma.sql`${Prisma.raw(q.attachments === "yes" ? "" : "NOT ")}EXISTS (SELECT 1 FROM "Attachment" a WHERE a."contributionId" = c."id")`);
  if (q.assignee === "me") parts.push(Prisma.sql`c."assigneeId" = ${actor.kind === "user" ? actor.userId : "-"}`);
  if (q.assignee === "none") parts.push(Prisma.sql`c."assigneeId" IS NULL`);
  if (q.overdue) parts.push(Prisma.sql`c."dueOn" < (now() AT TIME ZONE 'UTC')::date AND c."status"::text IN (${Prisma.join([...OVERDUE_STATUSES])})`);
  if (q.tag) parts.push(Prisma.sql`c."tags" @> ARRAY[${q.tag}]::text[]`);
  if (q.meeting) parts.push(Prisma.sql`c."id" IN (SELECT md."contributionId" FROM "MeetingDocument" md JOIN "Meeting" m ON m."id" = md."meetingId" WHERE m."number" = ${q.meeting})`);
  // One reading's pages (asof): what had arrived by then. A row without a submission time is not an arrival.
  if (q.asof) parts.push(Prisma.sql`(c."submittedAt" IS NULL OR c."submittedAt" <= (${q.asof}::timestamptz AT TIME ZONE 'UTC'))`);
  if (q.dup) parts.push(Prisma.sql`c."duplicateOfId" IS ${Prisma.raw(q.dup === "yes" ? "NOT NULL" : "NULL")}`);
  return Prisma.join(parts, " AND ");
}

// Sort column → SQL column and the cast that reads its text form back (keyset cursors are text).
// Titles sort with ICU collation (CLDR) in the viewer's language: "apple" next to "Apple", "É"
// beside "E", Chinese by pinyin for a Chinese reader, instead of the database's C.UTF-8 code-point
// order (issue 12 item 19); the root collation when no language is given. The keyset comparisons
// below use the same collation, so pages stay consistent. Collation names come from this table
// only (never from input): initdb creates them from ICU (checked in title-collation.test.ts).
const TITLE_COLLATION: Readonly<Record<string, string>> = { en: "en-x-icu", ar: "ar-x-icu", fr: "fr-x-icu", es: "es-x-icu", ru: "ru-x-icu", zh: "zh-x-icu" };
type Sortable = Pick<QueueFilter, "sort" | "dir"> & { locale?: string };
const SORT_SQL: Record<Exclude<QueueFilter["sort"], "title">, { column: string; cast: string }> = {
  submittedAt: { column: `c."submittedAt"`, cast: "::timestamp(3)" },
  referenceNumber: { column: `c."referenceNumber"`, cast: "" },
  status: { column: `c."status"`, cast: `::"ContributionStatus"` },
};

function sortSql(q: Sortable): { column: string; cast: string } {
  if (q.sort !== "title") return SORT_SQL[q.sort];
  const collation = (q.locale && Object.hasOwn(TITLE_COLLATION, q.locale) ? TITLE_COLLATION[q.locale] : undefined) ?? "und-x-icu";
  return { column: `(c."title" COLLATE "${collation}")`, cast: "" };
}

/**
 * The queue's order: the chosen column, then the id as a unique tiebreaker (stable pages,
 * keyset). PostgreSQL's default NULL placement: last ascending, first descending. Statuses sort
 * in their declaration order (an enum).
 */
export function queueOrderBy(q: Sortable): Prisma.Sql {
  const dir = q.dir === "asc" ? "ASC" : "DESC";
  return Prisma.raw(`${sortSql(q).column} ${dir}, c."id" ${dir}`);
}

/** The last row of a batch: its id and the sort column's value as text (null stays null). */
export interface Cursor {
  id: string;
  value: string | null;
}

/**
 * Rows strictly after `cursor` in queueOrderBy's order (keyset: each batch is found by index, not
 * OFFSET, which re-reads every earlier row and repeats or skips rows when the table changes).
 * NULLs are last ascending and first descending, so a nullable column never loses a row.
 */
export function queueAfter(q: Sortable, cursor: Cursor): Prisma.Sql {
  const { column, cast } = sortSql(q);
  const col = Prisma.raw(column);
  const asc = q.dir === "asc";
  const idBeyond = asc ? Prisma.sql`c."id" > ${cursor.id}` : Prisma.sql`c."id" < ${cursor.id}`;
  if (cursor.value === null) {
    // Ascending: NULLs are last, only more NULLs follow. Descending: NULLs first, every non-null follows.
    return asc ? Prisma.sql`(${col} IS NULL AND ${idBeyond})` : Prisma.sql`((${col} IS NULL AND ${idBeyond}) OR ${col} IS NOT NULL)`;
  }
  // A row comparison, not `col < v OR (col = v AND id < w)` (the same rows: a NULL column makes
  // it unknown, as before). In the default order (submittedAt descending) PostgreSQL walks the
  // (column, id) index from the cursor and stops after the batch, where the OR made it collect and
  // sort every remaining row for each batch (an export's 80th batch 20 ms instead of 5.5; issue 16).
  // Title sorts (ICU collation, not the index's) and ascending orders (OR col IS NULL) still
  // sort what lies past the cursor; the row comparison costs them nothing.
  const value = Prisma.sql`${cursor.value}${Prisma.raw(cast)}`;
  const beyond = asc ? Prisma.sql`(${col}, c."id") > (${value}, ${cursor.id})` : Prisma.sql`(${col}, c."id") < (${value}, ${cursor.id})`;
  return asc ? Prisma.sql`(${beyond} OR ${col} IS NULL)` : beyond;
}

export interface QueuePage {
  limit: number;
  offset?: number;
  cursor?: Cursor;
  /** ANDed with the queue's WHERE, never replacing it (e.g. a DOCX chapter). */
  also?: Prisma.Sql;
}

/**
 * `WHERE … ORDER BY … LIMIT … OFFSET …` of one page or batch of the queue for `actor` under `q`
 * (over `c`), and the sort column's value as text (what a keyset cursor holds): shared by
 * queueIds and the exports' one-statement batches (load-export-records.ts).
 */
export function queuePageSql(actor: Actor, q: Partial<QueueFilter> & Sortable, page: QueuePage): { clause: Prisma.Sql; sortValue: Prisma.Sql } {
  const parts = [queueWhere(actor, q), ...(page.also ? [page.also] : []), ...(page.cursor ? [queueAfter(q, page.cursor)] : [])];
  const clause = Prisma.sql`WHERE ${Prisma.join(parts, " AND ")} ORDER BY ${queueOrderBy(q)} LIMIT ${page.limit} OFFSET ${page.offset ?? 0}`;
  return { clause, sortValue: Prisma.raw(`${sortSql(q).column}::text`) };
}

/**
 * Ids (and sort values as text) of the queue's rows for `actor` under `q`, in order:
 * `limit` rows after `offset` rows or after `cursor`. Reads only the columns of the WHERE and the
 * order, so a deep page is an index-only scan (prisma/migrations/*_queue_search_and_deep_pages).
 */
export function queueIds(actor: Actor, q: Partial<QueueFilter> & Sortable, page: QueuePage): Promise<Cursor[]> {
  const { clause, sortValue } = queuePageSql(actor, q, page);
  return db.$queryRaw<Cursor[]>`SELECT c."id", ${sortValue} AS "value" FROM "Contribution" c ${clause}`;
}

/** How many rows the queue has for `actor` under `q` (and `also`, ANDed, when given). */
export async function queueCount(actor: Actor, q: Partial<QueueFilter>, also?: Prisma.Sql): Promise<number> {
  const where = also ? Prisma.sql`${queueWhere(actor, q)} AND ${also}` : queueWhere(actor, q);
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Contribution" c WHERE ${where}`;
  return total;
}

/**
 * Reads the rows `ids` with Prisma's `select`, within queueWhereFor(actor) (the scope a second
 * time), in the order of `ids`.
 */
export async function readQueueRows<S extends Prisma.ContributionSelect & { id: true }>(actor: Actor, ids: string[], select: S): Promise<Prisma.ContributionGetPayload<{ select: S }>[]> {
  if (!ids.length) return [];
  const rows = (await db.contribution.findMany({ where: { AND: [queueWhereFor(actor), { id: { in: ids } }] }, select })) as Prisma.ContributionGetPayload<{ select: S }>[];
  const byId = new Map(rows.map((r) => [(r as unknown as { id: string }).id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
