/**
 * A server action whose request the server refused before running it (issue 12 item 11: behind a
 * proxy whose forwarded host differs from the origin Next allows, it answers 500 with no action
 * result) rejects in the browser. Without this, the rejection reached React's error boundary:
 * a generic error page, and the form with everything typed was gone. Here it becomes a failure
 * the form shows (errors.REQUEST_REFUSED), its fields left as typed. Next's own signals (a
 * redirect, notFound), which carry a `digest`, are passed on untouched.
 */
import type { Action, Failure, FormState } from "@/lib/errors";

export const REFUSED: Failure = { ok: false, code: "REQUEST_REFUSED", params: {} };

export function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

export function guardAction<T>(action: Action<T>): Action<T> {
  return async (previous: FormState<T>, input: unknown) => {
    try {
      return await action(previous, input);
    } catch (error) {
      if (isNextSignal(error)) throw error;
      console.error("[action] the server refused the request", error);
      return REFUSED;
    }
  };
}
