/**
 * The one way a server action is written: schema → actor → service → optional revalidate/redirect.
 *
 *   export const withdrawAction = serverAction({
 *     schema: ZWithdrawInput,
 *     run: (input, { actor }) => withdrawContribution(actor, input),
 *     redirectTo: (_r, input) => `/my/contributions/${input.contributionId}?done=WITHDRAWN`,
 *   });
 *
 * Every action made here has React's form-action shape `(previous, input) => state`, so the same
 * function serves `useActionState` (a plain <form action>, which works without JavaScript) and a
 * typed call from a react-hook-form form (`input` a plain object instead of FormData).
 *
 * Why one wrapper: the caller and the interface language are read on the server (never from the
 * form: a hidden "locale" field could say anything), errors are mapped once to `ActionResult`,
 * and nothing a client can send (a wrong type, a missing field, a body too large, a schema that
 * throws) reaches React as an exception, which the browser would show as a failed request.
 * The service still authorises: this wrapper only says who is calling.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import type { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/permissions";
import { toFailure, type Action, type Failure } from "@/lib/errors";
import { ACTION_BODY_LIMIT_BYTES, serialisedSize, tooLargeForAction } from "@/lib/request-size";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { NOT_FOUND_ISSUE } from "@/lib/schemas/id";
import { getPathname, redirect } from "@/i18n/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { readForm } from "./read-form";
import { markFresh } from "@/lib/http/read-your-writes";

/** A path inside the locale (no "/en" prefix): next-intl adds the request's locale. */
export type Href = Parameters<typeof getPathname>[0]["href"];
/** A route of every locale and every parameter, e.g. "/[locale]/meetings/[number]". */
export type RoutePattern = { route: string };

export interface ActionContext {
  actor: Actor;
  locale: AppLocale;
  /** When the request reached the server (a submission's deadline is judged at arrival). */
  arrivedAt: Date;
}

export interface ActionDefinition<S extends z.ZodType, R, T> {
  schema: S;
  /** How a posted form becomes the schema's input (default: readForm, one string per field). */
  fromForm?: (form: FormData) => unknown;
  run: (input: z.output<S>, context: ActionContext) => Promise<R>;
  /** What the client receives on success when the action does not redirect. */
  data?: (result: R, input: z.output<S>) => T;
  /** A page to refresh after success (its cached render shows the change). */
  revalidate?: (result: R, input: z.output<S>) => Href | RoutePattern | null;
  /** Refresh it after a refusal too: a stateless form whose page shows the list as it now is. */
  refreshOnFailure?: RoutePattern;
  /** Where to go after success: a form post that leads to another page or anchor. */
  redirectTo?: (result: R, input: z.output<S>) => Href | null;
  /** Where to go on failure, for forms whose page shows the error (a form without state). */
  redirectOnFailure?: (failure: Failure) => Href;
  /** Send back the typed values with a failure (forms that rebuild their fields from it). */
  echo?: boolean;
  /**
   * The action can change what a public page shows (a decision, a publication, a meeting): after
   * it, this browser reads the primary rather than the replica for a while (read-your-writes).
   * Only these set the cookie: Next re-renders the whole current page after any action that sets
   * a cookie, which for a draft's autosave re-mounted the form mid-typing (its URL had become the
   * edit page's) and cost every deadline submission a page render.
   */
  publicChange?: boolean;
}

/** The request's interface language (set by the proxy from the URL), never the client's claim. */
export async function requestLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** A failed parse: an id that can name no record answers NOT_FOUND (never reveal which), else VALIDATION. */
function invalid(error: z.ZodError): Failure {
  if (error.issues.some((i) => i.message === NOT_FOUND_ISSUE)) return { ok: false, code: "NOT_FOUND" };
  return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(error) };
}

export function serverAction<S extends z.ZodType, R, T = undefined>(definition: ActionDefinition<S, R, T>): Action<T> {
  return async function action(_previous, input) {
    const arrivedAt = new Date();
    let raw: unknown;
    let outcome: { ok: true; result: R; parsed: z.output<S> } | { ok: false; failure: Failure };
    try {
      raw = input instanceof FormData ? (definition.fromForm ?? readForm)(input) : input;
      outcome = await attempt(definition, raw, arrivedAt);
    } catch (e) {
      // Unexpected (a bug, the database down): logged with a correlation id by toFailure.
      outcome = { ok: false, failure: toFailure(e) };
    }
    if (!outcome.ok) {
      if (definition.refreshOnFailure) revalidatePath(definition.refreshOnFailure.route, "page");
      if (definition.redirectOnFailure) redirect({ href: definition.redirectOnFailure(outcome.failure), locale: await requestLocale() });
      return definition.echo && isRecord(raw) ? { ...outcome.failure, values: raw } : outcome.failure;
    }
    // Outside the try: redirect() throws Next's own signal, which must reach the framework.
    const { result, parsed } = outcome;
    // Its own public reads go to the primary for a while (read-your-writes with a replica).
    if (definition.publicChange) await markFresh();
    const locale = await requestLocale();
    const fresh = definition.revalidate?.(result, parsed);
    if (fresh && typeof fresh === "object" && "route" in fresh) revalidatePath(fresh.route, "page");
    else if (fresh) revalidatePath(getPathname({ href: fresh, locale }));
    const to = definition.redirectTo?.(result, parsed);
    if (to) redirect({ href: to, locale });
    return { ok: true, data: definition.data ? definition.data(result, parsed) : (undefined as T) };
  };
}

async function attempt<S extends z.ZodType, R, T>(definition: ActionDefinition<S, R, T>, raw: unknown, arrivedAt: Date) {
  // Next refuses a body over its limit before this runs; the check is the same number, so a
  // caller that gets past it (a script, a test) hears the same answer, not a stored giant.
  const size = sizeOf(raw);
  if (size === null) return { ok: false as const, failure: { ok: false as const, code: "VALIDATION" as const } };
  if (size > ACTION_BODY_LIMIT_BYTES) {
    return { ok: false as const, failure: { ok: false as const, code: "REQUEST_TOO_LARGE" as const, params: tooLargeForAction(raw) ?? {} } };
  }
  const parsed = await definition.schema.safeParseAsync(raw);
  if (!parsed.success) return { ok: false as const, failure: invalid(parsed.error) };
  const actor = await getActor();
  const locale = await requestLocale();
  const result = await definition.run(parsed.data, { actor, locale, arrivedAt });
  return { ok: true as const, result, parsed: parsed.data };
}

/** Bytes of `raw` as JSON; null for what JSON cannot hold (a BigInt, a cycle): not form input. */
function sizeOf(raw: unknown): number | null {
  try {
    return serialisedSize(raw ?? null);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
