"use server";
/**
 * The secretariat loads a revised baseline text (a JSON definition, as GET /api/v1/baselines/latest
 * gives it) as the next version. The service re-checks the caller. A definition that is not JSON
 * or does not fit the format is refused with what to change, and the text stays in the form.
 */
import { serverAction } from "./action-client";
import { ZBaselineForm } from "@/lib/schemas/baseline-form";
import { loadBaseline } from "@/lib/services/proposals/load-baseline";

export const loadBaselineAction = serverAction({
  schema: ZBaselineForm,
  run: (input, { actor }) => loadBaseline(actor, input.definition),
  redirectTo: (loaded) => `/secretariat/baselines?loaded=${loaded.version}`,
  echo: true,
});
