"use client";
/**
 * The one table wrapper (TanStack Table) used by every list of the portal. Server-side
 * pagination and sorting: the URL holds the state (?sort=&dir=&page=), so a view can be shared
 * and reloaded and works as plain links; a sort change returns to the first page.
 *
 * Columns opt in to sorting with `enableSorting: true`; their id is the server's sort key. The
 * header of such a column is a link (works without JavaScript) to the same view sorted by it
 * (ascending, or the other direction when it is the sorted one), with `aria-sort` on the sorted
 * header and the current order stated above the table. TanStack's own getCanSort() is not used:
 * it needs an accessor, and these columns render cells themselves (it said no to every header).
 * `hiddenColumns` and `density` apply a person's stored view (queue: lib/schemas/queue-preferences.ts).
 */
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

export interface DataTableProps<T> {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  caption: string;
  total: number;
  page: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  emptyText: string;
  rowKey: (row: T) => string;
  /** Column ids not to show (a person's stored choice). */
  hiddenColumns?: readonly string[];
  /** Row density: "compact" tightens the cells. */
  density?: "comfortable" | "compact";
  /** When this reading started: the pager's links carry it so pages hold still; a new sort starts a new reading. */
  asOf?: string;
}

function useHref() {
  const pathname = usePathname();
  const params = useSearchParams();
  return (changes: Record<string, string | number | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, String(v));
    }
    return `${pathname}?${next.toString()}`;
  };
}

export function DataTable<T>({ data, columns, caption, total, page, pageCount, sort, dir, emptyText, rowKey, hiddenColumns = [], density = "comfortable", asOf }: DataTableProps<T>) {
  const t = useTranslations("queue");
  const href = useHref();
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowKey,
    manualSorting: true,
    manualPagination: true,
    pageCount,
    enableSortingRemoval: false,
    state: { sorting: [{ id: sort, desc: dir === "desc" }], columnVisibility: Object.fromEntries(hiddenColumns.map((id) => [id, false])) },
  });
  const sortedHeader = columns.find((c) => c.id === sort)?.header;
  return (
    <>
      {typeof sortedHeader === "string" && (
        <p className="meta table-order">{t("sortedBy", { column: sortedHeader, direction: dir })}</p>
      )}
      <div className="table-wrap">
        <table className={density === "compact" ? "compact" : undefined}>
          <caption className="visually-hidden">
            {caption}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sortable = header.column.columnDef.enableSorting === true;
                  const sorted = sortable && header.column.id === sort ? dir : false;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}>
                      {sortable ? (
                        <Link href={href({ sort: header.column.id, dir: sorted === "asc" ? "desc" : "asc", page: 1, asof: null })}>
                          {label}
                          {sorted && <span aria-hidden="true">{sorted === "desc" ? " ▼" : " ▲"}</span>}
                          {sorted && <span className="visually-hidden">, {sorted === "desc" ? t("sortDescending") : t("sortAscending")}</span>}
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>{emptyText}</td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="pager">
        <p role="status">
          {t("total", { count: total })} · {t("page", { page, pages: pageCount })}
        </p>
        <nav aria-label={t("page", { page, pages: pageCount })}>
          <Link className="button secondary" href={href({ page: page - 1, ...(asOf ? { asof: asOf } : {}) })} aria-disabled={page <= 1} tabIndex={page <= 1 ? -1 : undefined} rel="prev">
            {t("previous")}
          </Link>
          <Link className="button secondary" href={href({ page: page + 1, ...(asOf ? { asof: asOf } : {}) })} aria-disabled={page >= pageCount} tabIndex={page >= pageCount ? -1 : undefined} rel="next">
            {t("next")}
          </Link>
        </nav>
      </div>
    </>
  );
}
