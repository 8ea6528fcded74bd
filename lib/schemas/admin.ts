/**
 * Inputs of the admin's screens: the forms (role, deactivation, organisation edit and merge) and
 * the URL state of the lists (people, organisations, audit log). URL state is lenient: a value that
 * does not parse means "no filter" (the audit log also says which field it ignored), so a shared
 * or hand-edited link still opens.
 */
import { z } from "zod";
import { ZId, zIdChoice } from "./id";
import { ZNewOrganisation } from "./affiliation";
import { isStorable } from "./text";
import { lenient } from "./facet-filters";

export const PLATFORM_ROLES = ["USER", "SECRETARIAT", "ADMIN"] as const;

/** An instant the form carries back (the state the admin saw), ISO 8601. */
const ZSeenAt = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const ZRoleChange = z.object({ userId: ZId, from: z.enum(PLATFORM_ROLES), to: z.enum(PLATFORM_ROLES, { error: "required" }) });
export const ZUserTarget = z.object({ userId: ZId });
export const ZUserActiveChange = z.object({ userId: ZId, op: z.enum(["deactivate", "reactivate"]) });

export const ZOrganisationEdit = ZNewOrganisation.omit({ shortCode: true }).extend({ organisationId: ZId, updatedAt: ZSeenAt });
export type TOrganisationEdit = z.output<typeof ZOrganisationEdit>;

export const ZOrganisationTarget = z.object({ organisationId: ZId, updatedAt: ZSeenAt });

export const ZMerge = z.object({
  sourceId: ZId,
  sourceUpdatedAt: ZSeenAt,
  survivorId: zIdChoice("chooseOrganisation"),
  survivorUpdatedAt: ZSeenAt,
});

const searchText = (max: number) =>
  lenient(
    z
      .string()
      .trim()
      .max(max)
      .refine(isStorable)
      .transform((s) => s || undefined),
  );

export const ZUserListQuery = z.object({
  q: searchText(200),
  role: lenient(z.enum(PLATFORM_ROLES)),
  state: lenient(z.enum(["active", "deactivated"])),
  after: lenient(z.string().max(400).refine(isStorable)),
});
export type TUserListQuery = z.output<typeof ZUserListQuery>;

export const ZOrganisationListQuery = z.object({
  q: searchText(200),
  verified: lenient(z.enum(["yes", "no"])),
  after: lenient(ZId),
});
export type TOrganisationListQuery = z.output<typeof ZOrganisationListQuery>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .regex(DAY)
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  });

/** The audit log's filter. `person`: an e-mail or part of a name; `contribution`: a reference or document number. */
export const AUDIT_FILTERS = ["person", "action", "contribution", "from", "to"] as const;
export const AUDIT_PAGE_SIZE = 50;

const auditFields = {
  person: z.string().trim().max(320).refine(isStorable),
  action: z.string().trim().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/).max(60),
  contribution: z.string().trim().max(100).refine(isStorable),
  from: day,
  to: day,
};

export interface AuditQuery {
  person?: string;
  action?: string;
  contribution?: string;
  from?: string;
  to?: string;
  /** Keyset cursor: the last row of the previous page. */
  after?: { at: Date; id: string };
  /** Fields whose value was ignored (malformed), for the page to say so. */
  ignored: string[];
}

/** Encodes the keyset cursor of the audit log (opaque in the URL). */
export function encodeAuditCursor(row: { at: Date; id: string }): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`, "utf8").toString("base64url");
}

function decodeAuditCursor(raw: string): { at: Date; id: string } | undefined {
  if (raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  const [iso, id, extra] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !id || !ZId.safeParse(id).success || !z.iso.datetime().safeParse(iso).success) return undefined;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? undefined : { at, id };
}

/** Parses Next's searchParams (string | string[] | undefined values) leniently. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const out: AuditQuery = { ignored: [] };
  for (const key of AUDIT_FILTERS) {
    const raw = first(params[key]);
    if (raw === undefined || raw.trim() === "") continue;
    const parsed = auditFields[key].safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else out.ignored.push(key);
  }
  if (out.from && out.to && out.from > out.to) {
    out.ignored.push("to");
    out.to = undefined;
  }
  const after = first(params.after);
  if (after) {
    out.after = decodeAuditCursor(after);
    if (!out.after) out.ignored.push("after");
  }
  return out;
}

/** Parses Next's searchParams for a list with the given lenient schema. */
export function parseListQuery<T extends z.ZodObject>(schema: T, params: Record<string, string | string[] | undefined>): z.output<T> {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return schema.parse(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, first(params[k]) || undefined])));
}

/** Account deletion: the person types their e-mail address to confirm. */
export const ZDeleteAccount = z.object({ confirmEmail: z.string().trim().toLowerCase().max(320) });
