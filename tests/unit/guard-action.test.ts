/**
 * Issue 12 item 11: a server action the server refused before it ran (an origin Next does not
 * allow, behind a proxy) rejects in the browser; the form hook turns that into a failure with
 * its own localised message (errors.REQUEST_REFUSED), so the form and its typed values stay.
 */
import { describe, expect, it, vi } from "vitest";
import { guardAction, REFUSED } from "@/components/forms/guard-action";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

describe("guardAction", () => {
  it("a rejected call (Next's 'unexpected response' on a refused origin) becomes REQUEST_REFUSED", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = guardAction(async () => {
      throw new Error("An unexpected response was received from the server.");
    });
    expect(await refused(null, new FormData())).toEqual(REFUSED);
    expect(REFUSED.code).toBe("REQUEST_REFUSED");
    expect(en.errors.REQUEST_REFUSED).toContain("ALLOWED_ORIGINS");
    expect(ar.errors.REQUEST_REFUSED).toContain("ALLOWED_ORIGINS");
  });

  it("passes answers and Next's own signals (redirect) through untouched", async () => {
    expect(await guardAction(async () => ({ ok: true as const, data: undefined }))(null, {})).toEqual({ ok: true, data: undefined });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/en/x;307;" });
    await expect(
      guardAction(async () => {
        throw redirect;
      })(null, {}),
    ).rejects.toBe(redirect);
  });
});
