/**
 * Issue 15 item 12: a document number resolves, by a permanent redirect, to the contribution's
 * permanent address (built from its reference number): encoded in one segment, or with its
 * slashes as typed. Unpublished contributions and unknown numbers stay 404.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import PublicContributionPage from "@/app/[locale]/contributions/[ref]/page";
import CatchAll from "@/app/[locale]/[...rest]/page";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput } from "../support/world";

// The page's links are not rendered here (a redirect or a 404 comes first).
vi.mock("@/i18n/navigation", () => ({ Link: () => null }));
vi.mock("next-intl/server", () => ({ setRequestLocale: () => {}, getTranslations: async () => (key: string) => key, getFormatter: async () => ({}) }));

let reference: string;
let documentNumber: string;
beforeAll(async () => {
  await resetDatabase();
  const world = await buildWorld();
  const c = await world.actor("contributor");
  const { id, referenceNumber } = await submitContribution(c, contributionInput(world));
  await submitContribution(c, contributionInput(world, { title: "Not published" }));
  const decided = await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  reference = referenceNumber!;
  documentNumber = decided.documentNumber!;
});

/** What Next does with the page's outcome: a redirect (digest) or a 404. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "rendered";
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? e);
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]} ${digest.split(";")[3]}`;
    if (digest.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
    throw e;
  }
}

describe("a document number as an address", () => {
  it("encoded in one segment: 308 to the reference's address", async () => {
    expect(documentNumber).toBe("CWG-WSIS&SDG/WSIS20/1");
    const ref = encodeURIComponent(documentNumber);
    expect(await outcome(() => PublicContributionPage({ params: Promise.resolve({ locale: "ar", ref }) }))).toBe(`redirect /ar/contributions/${reference} 308`);
  });

  it("with its slashes as typed (several segments): the same redirect", async () => {
    const rest = ["contributions", "CWG-WSIS%26SDG", "WSIS20", "1"];
    expect(await outcome(() => CatchAll({ params: Promise.resolve({ locale: "en", rest }) }))).toBe(`redirect /en/contributions/${reference} 308`);
    expect(await outcome(() => CatchAll({ params: Promise.resolve({ locale: "en", rest: ["contributions", "CWG-WSIS&SDG", "WSIS20", "1"] }) }))).toBe(`redirect /en/contributions/${reference} 308`);
  });

  it("unknown or unpublished numbers and other paths stay 404", async () => {
    expect(await outcome(() => CatchAll({ params: Promise.resolve({ locale: "en", rest: ["contributions", "CWG-WSIS&SDG", "WSIS20", "2"] }) }))).toBe("404");
    expect(await outcome(() => CatchAll({ params: Promise.resolve({ locale: "en", rest: ["nothing", "here"] }) }))).toBe("404");
    expect(await outcome(() => PublicContributionPage({ params: Promise.resolve({ locale: "en", ref: "CWG-WSIS%26SDG%2FWSIS20%2F9" }) }))).toBe("404");
  });
});
