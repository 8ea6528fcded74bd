import { describe, expect, it } from "vitest";
import { actionLineTitle, directionOf, sdgTitle } from "@/lib/reference";
import { renderEmail } from "@/lib/email/templates";
import { pickLocalised } from "@/lib/localised";

describe("reference data titles", () => {
  it("never invents a title: English, marked as English, where no source gave one", () => {
    expect(actionLineTitle("C4", "ar")).toEqual({ text: "Capacity building", lang: "en" });
    expect(actionLineTitle("C1", "fr").lang).toBe("fr");
  });

  it("takes the sourced additions of terms-found.json where wsis.json has none", () => {
    // ITU Council resolution labels (resdes_es, resdes_zh) and ITU News (itunews2008_fr).
    expect(actionLineTitle("C5", "zh")).toEqual({ text: "树立使用ICT的信心并提高安全性", lang: "zh" });
    expect(actionLineTitle("C5", "fr")).toEqual({ text: "Etablir la confiance et la sécurité dans l'utilisation des TIC", lang: "fr" });
    expect(actionLineTitle("C5", "ar")).toEqual({ text: "Building confidence and security in the use of ICTs", lang: "en" });
    // UN SDG metadata replaces an open-sdg label flagged as not the UN's.
    expect(sdgTitle(1, "ar")).toEqual({ text: "القضاء على الفقر", lang: "ar" });
  });

  it("does not show a translation flagged with a known issue", () => {
    expect(sdgTitle(8, "fr").lang).toBe("en");
    expect(sdgTitle(2, "ar")).toEqual({ text: "القضاء على الجوع", lang: "ar" });
  });

  it("knows Arabic is written right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("zh")).toBe("ltr");
  });

  it("picks a stored translation, else English", () => {
    expect(pickLocalised({ en: "Title", ar: "عنوان" }, "ar")).toEqual({ text: "عنوان", lang: "ar" });
    expect(pickLocalised({ en: "Title" }, "ar")).toEqual({ text: "Title", lang: "en" });
  });
});

describe("e-mails in the recipient's language", () => {
  it("writes the receipt in Arabic for an Arabic reader", () => {
    const mail = renderEmail("receipt", "ar", { referenceNumber: "WSIS20-C-0001", title: "عنوان", receivedAt: "الأربعاء، ٣ ديسمبر ٢٠٢٦ في ٢٣:٥٩:٥٨ (Europe/Zurich)" });
    expect(mail.locale).toBe("ar");
    expect(mail.subject).toBe("استُلمت: WSIS20-C-0001 «\u2068عنوان\u2069»");
    expect(mail.text).toContain("الرقم المرجعي: WSIS20-C-0001");
    expect(mail.text).toContain("وقت الاستلام: الأربعاء، ٣ ديسمبر ٢٠٢٦ في ٢٣:٥٩:٥٨ (Europe/Zurich)");
  });

  it("falls back to English for a language without a catalogue", () => {
    expect(renderEmail("accepted", "de", { referenceNumber: "R", title: "T", documentNumber: "D", hasNote: "no", reason: "" }).locale).toBe("en");
  });
});

describe("reason codes", () => {
  it("have a label and a message in every language, and reach the e-mail in the recipient's language", async () => {
    const { REASON_CODES } = await import("@/lib/workflow/reason-codes");
    const en = (await import("@/messages/en.json")).default as unknown as { reasonCodes: Record<string, { label: string; message: string }> };
    const ar = (await import("@/messages/ar.json")).default as unknown as { reasonCodes: Record<string, { label: string; message: string }> };
    for (const code of REASON_CODES) for (const m of [en, ar]) expect(m.reasonCodes[code].label && m.reasonCodes[code].message).toBeTruthy();
    const mail = renderEmail("rejected", "ar", { referenceNumber: "R", title: "T", reason: "", reasonCode: "LATE" });
    expect(mail.text).toContain(ar.reasonCodes.LATE.message);
    expect(renderEmail("rejected", "en", { referenceNumber: "R", title: "T", reason: "Too late.", reasonCode: "bogus" }).text).toContain("secretariat:\n\u2068Too late.\u2069");
  });
});

describe("C7 sub-items", () => {
  it("keys match the reference data, and the schema accepts only those, once each", async () => {
    const { C7_SUBITEM_KEYS, c7Subitems } = await import("@/lib/reference");
    const { ZDraftInput } = await import("@/lib/schemas/contribution");
    expect(c7Subitems("en").map((s) => s.key)).toEqual([...C7_SUBITEM_KEYS]);
    const base = { consultationId: "c1", organisationId: "o1", type: "GENERAL_INPUT", sdgs: [], answers: [], idempotencyKey: crypto.randomUUID(), actionLines: ["C7"] };
    expect(ZDraftInput.parse(base).c7SubItems).toEqual([]);
    expect(ZDraftInput.safeParse({ ...base, c7SubItems: ["e-health"] }).success).toBe(true);
    expect(ZDraftInput.safeParse({ ...base, c7SubItems: ["e-nonsense"] }).success).toBe(false);
    expect(ZDraftInput.safeParse({ ...base, c7SubItems: ["e-health", "e-health"] }).success).toBe(false);
  });
});
