"use server";
/**
 * Records the language a signed-in person chose in the header's switcher as their preferred
 * language (their e-mails follow it). Anonymous visitors: nothing to record (their choice lives
 * in the URL and next-intl's NEXT_LOCALE cookie), so the action answers ok without a service call.
 */
import { z } from "zod";
import { setPreferredLanguage } from "@/lib/services/preferences/preferred-language";
import { serverAction } from "./action-client";

// The service checks the value against the six interface languages (VALIDATION otherwise).
const ZPreferredLanguage = z.object({ locale: z.string().max(16) });

export const choosePreferredLanguage = serverAction({
  schema: ZPreferredLanguage,
  run: async ({ locale }, { actor }) => {
    if (actor.kind === "user") await setPreferredLanguage(actor, locale);
  },
});
