/**
 * A posted form as a plain object for a zod schema: one string per field (the first, as
 * FormData.get gives it), or every value for the fields named in `lists` (repeated checkboxes).
 * Files and Next's own fields ("$ACTION_…") are left out: no action reads files (uploads stream
 * through a route handler). Not a server action module: a helper the actions share.
 */
export function readForm(form: FormData, lists: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (lists.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else if (!(key in out)) out[key] = value;
  }
  for (const key of lists) out[key] ??= [];
  return out;
}

/** A reader for a form with repeated fields, e.g. `fromForm: listsOf("item")`. */
export const listsOf =
  (...lists: string[]) =>
  (form: FormData) =>
    readForm(form, lists);

/**
 * Like `listsOf(list)`, with the space-separated values of the field `spaced` appended to `list`:
 * many values the form does not show one by one (a large group's other members), in one field.
 */
export const listWithSpaced =
  (list: string, spaced: string) =>
  (form: FormData): Record<string, string | string[]> => {
    const { [spaced]: joined, ...fields } = readForm(form, [list]);
    const more = typeof joined === "string" ? joined.split(/\s+/).filter(Boolean) : [];
    return { ...fields, [list]: [...(fields[list] as string[]), ...more] };
  };
