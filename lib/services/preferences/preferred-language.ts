/**
 * A person's preferred language (User.locale): the language of every e-mail the portal sends
 * them (the services pass it to lib/email/outbox.ts). Set when they choose a language in the
 * header's menu while signed in; at sign-up it is the language of the page they signed in from
 * (lib/auth/options.ts, createUser).
 * @throws AppError UNAUTHENTICATED | VALIDATION (not one of the six interface languages).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { isAppLocale, type AppLocale } from "@/i18n/routing";
import { AppError } from "@/lib/errors";

export async function setPreferredLanguage(actor: Actor, locale: unknown): Promise<AppLocale> {
  assertCan(actor, "profile.update");
  if (!isAppLocale(locale)) throw new AppError("VALIDATION", {}, { locale: ["invalid"] });
  if (actor.locale !== locale) await db.user.update({ where: { id: actor.userId }, data: { locale } });
  return locale;
}
