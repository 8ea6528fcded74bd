"use server";
/**
 * The secretariat loads a revised baseline text (a JSON definition, as GET /api/v1/baselines/latest
 * gives it) as the next version. The service re-checks the caller. A definition that is not JSON
 * or does not fit the format is refused with what to change, and the text stays in the form.
 */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { loadBaseline } from "@/lib/services/proposals/load-baseline";

export type BaselineState = (ActionResult & { values?: { definition: string } }) | null;

/** Largest definition accepted (characters): the 2003 text is about 60,000. */
const MAX_DEFINITION = 1_000_000;

export async function loadBaselineAction(_previous: BaselineState, form: FormData): Promise<BaselineState> {
  const definition = String(form.get("definition") ?? "");
  const values = { definition };
  if (definition.length > MAX_DEFINITION) return { ok: false, code: "VALIDATION", fieldErrors: { definition: [`tooLong:${MAX_DEFINITION}`] }, values };
  let raw: unknown;
  try {
    raw = JSON.parse(definition);
  } catch {
    return { ok: false, code: "VALIDATION", fieldErrors: { definition: ["invalidJson"] }, values };
  }
  let loaded;
  try {
    loaded = await loadBaseline(await getActor(), raw);
  } catch (e) {
    return { ...toFailure(e), values };
  }
  redirect(`/${localeOf(form)}/secretariat/baselines?loaded=${loaded.version}`);
}
