import { describe, expect, it } from "vitest";
import { normaliseSignInEmail } from "@/lib/auth/sign-in-email";

describe("sign-in e-mail address", () => {
  it("accepts one plain address, lower-cased and trimmed", () => {
    expect(normaliseSignInEmail("  Casey.Contributor@Example.org ")).toBe("casey.contributor@example.org");
  });

  it.each([
    ["a list", "admin@example.org,attacker@evil.test"],
    ["a header injection", "x@example.org\r\nBcc: spy@evil.test"],
    ["a quoted local part", '"a@evil x"@example.org'],
    ["no @", "notanemail"],
    ["a NUL", "a\u0000@example.org"],
    ["an over-long address", `${"a".repeat(250)}@example.org`],
    ["a semicolon list", "a@example.org;b@example.org"],
  ])("refuses %s", (_, s) => {
    expect(() => normaliseSignInEmail(s)).toThrow();
  });
});
