"use server";
/**
 * Records the language a signed-in person chose in the header's switcher as their preferred
 * language (their e-mails follow it). Anonymous visitors: nothing to record (their choice lives
 * in the URL and next-intl's NEXT_LOCALE cookie).
 */
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { setPreferredLanguage } from "@/lib/services/preferences/preferred-language";

export async function choosePreferredLanguage(locale: string): Promise<ActionResult> {
  const actor = await getActor();
  if (actor.kind !== "user") return { ok: true, data: undefined };
  try {
    await setPreferredLanguage(actor, locale);
    return { ok: true, data: undefined };
  } catch (e) {
    return toFailure(e);
  }
}
