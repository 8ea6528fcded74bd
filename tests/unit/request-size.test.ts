/** The browser-side size check of server action bodies (lib/request-size.ts). */
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, serialisedSize, tooLargeForAction } from "@/lib/request-size";
import { readFileSync } from "node:fs";

describe("tooLargeForAction", () => {
  it("counts UTF-8 bytes of the JSON, so Arabic and Chinese weigh what they weigh on the wire", () => {
    expect(serialisedSize({ t: "abc" })).toBe(11);
    expect(serialisedSize({ t: "عربي" })).toBe(8 + 8);
    expect(serialisedSize({ t: "中文" })).toBe(8 + 6);
  });
  it("lets a normal contribution through and stops one over the limit, saying both sizes", () => {
    expect(tooLargeForAction({ body: "x".repeat(200_000) })).toBeNull();
    expect(tooLargeForAction({ body: "中".repeat(ACTION_BODY_LIMIT_BYTES / 3 + 10) })).toEqual({ size: "6.0", limit: "6.0" });
    expect(tooLargeForAction({ body: "中".repeat(3_000_000) })).toEqual({ size: "8.6", limit: "6.0" });
  });
  it("matches the limit next.config.js gives Next.js", () => {
    const config = readFileSync(new URL("../../next.config.js", import.meta.url), "utf8");
    expect(config).toContain(`bodySizeLimit: "${ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb"`);
  });
});
