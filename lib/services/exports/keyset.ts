/**
 * Keyset pagination over the queue's order (queue-where.ts: the sort column, then id): the
 * condition "comes after this row", so each batch is found by index instead of OFFSET, which
 * re-reads every earlier row and skips or repeats rows when the table changes between batches.
 *
 * PostgreSQL puts NULLs last in ascending and first in descending order (the default Prisma
 * keeps); the conditions below follow that, so a nullable column (submittedAt, referenceNumber)
 * never loses a row. Enums sort by declaration order in PostgreSQL and Prisma has no `gt` on
 * enums, so "after" a status is "in the statuses declared after it".
 */
import { ContributionStatus, type Prisma } from "@/generated/prisma/client";
import type { QueueFilter } from "@/lib/services/contributions/queue-where";

/** The last row of a batch: its id and the value of the sort column. */
export interface Cursor {
  id: string;
  value: Date | string | null;
}

// Columns of the queue's sorts that may hold NULL (Prisma refuses `null` filters on the others).
const NULLABLE = new Set<string>(["submittedAt", "referenceNumber"]);
const STATUS_ORDER = Object.values(ContributionStatus) as string[];

function beyond(sort: QueueFilter["sort"], dir: "asc" | "desc", value: Date | string): Prisma.ContributionWhereInput {
  if (sort === "status") {
    const at = STATUS_ORDER.indexOf(value as string);
    const rest = dir === "asc" ? STATUS_ORDER.slice(at + 1) : STATUS_ORDER.slice(0, Math.max(0, at));
    return { status: { in: rest as ContributionStatus[] } };
  }
  return { [sort]: dir === "asc" ? { gt: value } : { lt: value } };
}

/** Rows strictly after `cursor` in the order [{ sort: dir }, { id: dir }]. */
export function after(q: Pick<QueueFilter, "sort" | "dir">, cursor: Cursor): Prisma.ContributionWhereInput {
  const { sort, dir } = q;
  const idBeyond = { id: dir === "asc" ? { gt: cursor.id } : { lt: cursor.id } };
  if (cursor.value === null) {
    // ascending: NULLs are last, only more NULLs follow; descending: NULLs are first, every non-null follows.
    const sameNull = { AND: [{ [sort]: null }, idBeyond] };
    return dir === "asc" ? sameNull : { OR: [sameNull, { NOT: { [sort]: null } }] };
  }
  const or: Prisma.ContributionWhereInput[] = [beyond(sort, dir, cursor.value), { AND: [{ [sort]: cursor.value }, idBeyond] }];
  if (dir === "asc" && NULLABLE.has(sort)) or.push({ [sort]: null });
  return { OR: or };
}
