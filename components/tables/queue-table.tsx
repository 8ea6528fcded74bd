"use client";
/** The secretariat queue's columns, rendered by the shared DataTable. */
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/i18n/navigation";
import type { QueueRow } from "@/lib/services/contributions/list-queue";
import { StatusBadge } from "@/components/ui/status-badge";
import { UserText } from "@/components/ui/user-text";
import { DataTable } from "./data-table";
import type { QueuePreferences } from "@/lib/schemas/queue-preferences";
import { BULK_FORM_ID } from "@/components/triage/bulk-decision-form";

export function QueueTable({ preferences, ...props }: { rows: QueueRow[]; total: number; page: number; pageCount: number; sort: string; dir: "asc" | "desc"; preferences: QueuePreferences; asOf?: string }) {
  const t = useTranslations("queue");
  const tb = useTranslations("triage.bulk");
  const format = useFormatter();
  const columns: ColumnDef<QueueRow, unknown>[] = [
    {
      id: "select",
      header: () => <span className="visually-hidden">{t("columns.select")}</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <input
          type="checkbox"
          name="item"
          form={BULK_FORM_ID}
          value={`${row.original.id}:${row.original.status}`}
          aria-label={tb("select", { reference: row.original.referenceNumber ?? row.original.title })}
        />
      ),
    },
    {
      id: "referenceNumber",
      header: t("columns.referenceNumber"),
      enableSorting: true,
      cell: ({ row }) => <bdi className="nowrap">{row.original.referenceNumber ?? "—"}</bdi>,
    },
    {
      id: "title",
      header: t("columns.title"),
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/secretariat/contributions/${row.original.id}`}>
          <UserText lang={row.original.language}>{row.original.title}</UserText>
        </Link>
      ),
    },
    { id: "organisationName", header: t("columns.organisationName"), enableSorting: false, cell: ({ row }) => <UserText>{row.original.organisationName}</UserText> },
    { id: "language", header: t("columns.language"), enableSorting: false, cell: ({ row }) => <span lang="en">{row.original.language?.toUpperCase() ?? "—"}</span> },
    { id: "actionLines", header: t("columns.actionLines"), enableSorting: false, cell: ({ row }) => <bdi>{row.original.actionLines.join(", ")}</bdi> },
    { id: "status", header: t("columns.status"), enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
    // Due and age beside the status, so an overdue row shows without scrolling sideways.
    {
      id: "due",
      header: t("columns.due"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.dueOn ? (
          <span className="nowrap">
            {format.dateTime(row.original.dueOn, { dateStyle: "medium", timeZone: "UTC" })}
            {row.original.overdue && (
              <>
                {" "}
                <span className="badge REJECTED">{t("overdue")}</span>
              </>
            )}
          </span>
        ) : (
          "—"
        ),
    },
    { id: "age", header: t("columns.age"), enableSorting: false, cell: ({ row }) => (row.original.ageDays === null ? "—" : <span className="nowrap">{t("ageDays", { count: row.original.ageDays })}</span>) },
    {
      id: "duplicate",
      header: t("columns.duplicate"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.duplicateOf ? (
          <Link href={`/secretariat/contributions/${row.original.duplicateOf.id}`}>
            <bdi className="nowrap">{row.original.duplicateOf.referenceNumber ?? "—"}</bdi>
          </Link>
        ) : (
          "—"
        ),
    },
    {
      // Not "tags": the column id is also the cell's class, and .tags is the chip list's flex layout.
      id: "tagList",
      header: t("columns.tagList"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.tags.length ? (
          <ul className="tag-list">
            {row.original.tags.map((tag) => (
              <li key={tag}>
                <Link href={`/secretariat?tag=${encodeURIComponent(tag)}`} className="queue-tag">
                  <bdi>{tag}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          "—"
        ),
    },
    { id: "assignee", header: t("columns.assignee"), enableSorting: false, cell: ({ row }) => (row.original.assigneeName ? <UserText>{row.original.assigneeName}</UserText> : "—") },
    {
      id: "submittedAt",
      header: t("columns.submittedAt"),
      enableSorting: true,
      cell: ({ row }) => <DateTime value={row.original.submittedAt} />,
    },
  ];
  return <DataTable {...props} data={props.rows} columns={columns} caption={t("heading")} emptyText={t("empty")} rowKey={(r) => r.id} hiddenColumns={preferences.hidden} density={preferences.density} />;
}
