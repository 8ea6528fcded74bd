/**
 * Issue 12 item 14: proposing an organisation with Region "None" (and no country) failed on the
 * server with an error banner and no message on any field: the form sends the schema's output
 * (null for "none") and the action parsed it again with a schema that wanted a string.
 */
import { describe, expect, it } from "vitest";
import { ZAffiliationRequest } from "@/lib/schemas/affiliation";
import { fieldErrorsOf } from "@/lib/schemas/text";

const form = { kind: "new", personName: "Ana Pérez", organisation: { name: "Example Academy", shortCode: "EXAC", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", country: "", ituRegion: "" } };

describe("proposing an organisation", () => {
  it("accepts no region and no country, as typed and as the form's parsed output sent to the action", () => {
    const once = ZAffiliationRequest.parse(form);
    expect(once).toMatchObject({ organisation: { country: null, ituRegion: null } });
    const twice = ZAffiliationRequest.safeParse(once);
    expect(twice.success).toBe(true);
  });

  it("names the region field when the region is not one of the list", () => {
    const r = ZAffiliationRequest.safeParse({ ...form, organisation: { ...form.organisation, ituRegion: "Z" } });
    expect(fieldErrorsOf(r.error!)).toEqual({ "organisation.ituRegion": ["region"] });
  });
});
