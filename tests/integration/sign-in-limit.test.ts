import { beforeEach, describe, expect, it } from "vitest";
import { assertSignInAllowed, SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-limit";
import { enqueueEmail } from "@/lib/email/outbox";
import { db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const link = (to: string) => db.$transaction((tx) => enqueueEmail(tx, { to, locale: "en", kind: "signIn", params: { url: "http://localhost/x" }, link: "http://localhost/x" }));

describe("sign-in links per address", () => {
  it("allows up to the limit in 15 minutes, then refuses, per address", async () => {
    for (let i = 0; i < 3; i++) {
      await assertSignInAllowed(db, "a@example.org", 3);
      await link("a@example.org");
    }
    await expect(assertSignInAllowed(db, "a@example.org", 3)).rejects.toThrow(/Too many/);
    await expect(assertSignInAllowed(db, "b@example.org", 3)).resolves.toBeUndefined();
    await expect(assertSignInAllowed(db, "a@example.org", 3, new Date(Date.now() + SIGN_IN_WINDOW_MS + 1000))).resolves.toBeUndefined();
  });
});
