/**
 * A person's preferred language, stored on their User row, is the language of every e-mail sent
 * to them: tested for each of the six interface languages, through the real services on the real
 * database (the receipt goes to the person who submits; the decision, made by an English-speaking
 * secretariat member, goes to the contributor in the contributor's language). The expected texts
 * are read from messages/<locale>.json itself, so a missing catalogue fails here too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/load-actor";
import { routing } from "@/i18n/routing";
import { setPreferredLanguage } from "@/lib/services/preferences/preferred-language";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { upsertUser } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

const catalogue = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "messages", `${locale}.json`), "utf8"));
const subject = (locale: string, kind: string, params: Record<string, string>) =>
  createTranslator({ locale, messages: catalogue(locale), namespace: "email" })(`${kind}.subject`, params);

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("preferred language", () => {
  for (const locale of routing.locales) {
    it(`sends a ${locale} reader's receipt and decision in ${locale}`, async () => {
      const user = await upsertUser(db, { email: `reader.${locale}@example.org`, name: `Reader ${locale}`, organisationId: world.exa.id });
      await setPreferredLanguage((await loadActor(user.id))!, locale);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe(locale);

      const { id, referenceNumber } = await submitContribution((await loadActor(user.id))!, contributionInput(world, { title: "Title" }));
      await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" } as never);

      const mails = await db.outboundEmail.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } });
      expect(mails.map((m) => [m.kind, m.locale])).toEqual([
        ["receipt", locale],
        ["accepted", locale],
      ]);
      const receipt = subject(locale, "receipt", { referenceNumber: referenceNumber!, title: "\u2068Title\u2069" });
      expect(mails[0].subject).toBe(receipt);
      if (locale !== "en") expect(mails[0].subject).not.toBe(subject("en", "receipt", { referenceNumber: referenceNumber!, title: "\u2068Title\u2069" }));
    });
  }

  it("takes only the six interface languages, and only from a signed-in person", async () => {
    const actor = await world.actor("contributor");
    await expect(setPreferredLanguage(actor, "de")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setPreferredLanguage(actor, "")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setPreferredLanguage(ANONYMOUS, "fr")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).locale).toBe("en");
  });
});
