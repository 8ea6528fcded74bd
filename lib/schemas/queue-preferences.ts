/**
 * A secretariat member's view of the queue, stored on their User row (queuePreferences, JSON):
 * which optional columns are hidden and the row density. Parsed leniently on read (an unknown
 * column or density is dropped, so a stored value from an older version never breaks the page).
 */
import { z } from "zod";

/** Columns that may be hidden; selection, reference and title always show. */
export const OPTIONAL_QUEUE_COLUMNS = ["organisationName", "language", "actionLines", "status", "due", "age", "duplicate", "tagList", "assignee", "submittedAt"] as const;
export type OptionalQueueColumn = (typeof OPTIONAL_QUEUE_COLUMNS)[number];
export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

export interface QueuePreferences {
  hidden: OptionalQueueColumn[];
  density: Density;
}

export const DEFAULT_QUEUE_PREFERENCES: QueuePreferences = { hidden: [], density: "comfortable" };

const ZStored = z.object({
  hidden: z.array(z.string()).catch([]).transform((a) => OPTIONAL_QUEUE_COLUMNS.filter((c) => a.includes(c))),
  density: z.enum(DENSITIES).catch("comfortable"),
});

/** Reads a stored value (anything) into preferences; defaults for what does not parse. */
export function readQueuePreferences(stored: unknown): QueuePreferences {
  const parsed = ZStored.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_QUEUE_PREFERENCES;
}

/** The "Columns and density" form: `column` names each visible optional column (checkboxes). */
export const ZQueuePreferencesForm = z
  .object({ column: z.array(z.string()).default([]), density: z.string().default("") })
  .transform(({ column, density }) => ({ hidden: OPTIONAL_QUEUE_COLUMNS.filter((c) => !column.includes(c)), density }));
