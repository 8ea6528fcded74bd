/**
 * Timestamps read through plain node-postgres (the hot paths that bypass Prisma). The columns are
 * UTC timestamps without a zone (Prisma's way), which node-postgres would read in the server
 * process's local zone; their epoch reads them as UTC whatever the zone, so they are selected as
 * epoch milliseconds and turned back into Dates here.
 */

/**
 * SQL: `column` (a timestamp without time zone) as epoch milliseconds, a float8 (a JS number).
 * `column` is pasted into the SQL as is: constant column names only, never input.
 */
export const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/** The Date of an epochMs value (null stays null). */
export const fromEpochMs = (v: number | null): Date | null => (v === null ? null : new Date(v));
