"use client";
/**
 * The one form-state hook: every form that calls a server action (lib/actions) uses it.
 *
 * Two ways in, one state out:
 * - a plain form post: `<form {...f.form}>` (ref, action, onSubmit). The
 *   action is the server action itself (through useActionState), so the form still works without
 *   JavaScript; with JavaScript, onSubmit first refuses a body over the server's limit (Next
 *   would refuse it unread, and the person would only see a failed request).
 * - a react-hook-form form: `await f.submit(values)`; the server's field errors land on the
 *   form's fields (setError), a lost response reads as a failure, nothing typed is lost.
 * After a failure, focus moves to the first invalid field, else to the error summary
 * (`{...f.summary}` on an <ActionError>), so a keyboard or screen-reader user hears it.
 * With JavaScript, a plain form post is sent through a guarded copy of the action (guard-action.ts):
 * a request the server refused before running the action (an origin it does not allow, behind a
 * proxy) is a localised REQUEST_REFUSED failure in the form with everything typed kept, not the
 * error page. Without JavaScript the browser posts to the server action itself.
 * With `retryBusy` (the submit action: its input carries an idempotency key), a typed call
 * answered BUSY (too many submissions at once, docs/deploy.md), or whose answer was lost (a
 * server that died mid-request: 502), is sent again by itself, the same input, after the
 * server's retryAfter, waiting longer each time; the localised message is shown meanwhile and the
 * form stays pending.
 */
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { Action, Failure, FormState } from "@/lib/errors";
import { tooLargeForAction } from "@/lib/request-size";
import { guardAction, REFUSED } from "./guard-action";

export interface ActionFormOptions<V extends FieldValues> {
  /** react-hook-form's setError: server field errors are shown by the form's own fields. */
  setError?: UseFormSetError<V>;
  /**
   * Retry BUSY automatically (typed calls only): at most `tries` sends in all (default 4). Only
   * for actions whose input makes a second send harmless (an idempotency key).
   */
  retryBusy?: { tries?: number };
}

/** Seconds to wait before send number `attempt + 1`: the server's retryAfter, doubling, at most a minute. */
export function busyDelaySeconds(retryAfter: unknown, attempt: number): number {
  const base = typeof retryAfter === "number" && retryAfter > 0 ? Math.min(retryAfter, 30) : 2;
  return Math.min(60, base * 2 ** (attempt - 1));
}

/** What a refused request looks like when no answer came back (network down, response lost). */
const LOST: Failure = { ok: false, code: "UNEXPECTED", params: { correlationId: "network" } };

export function useActionForm<T = undefined, V extends FieldValues = FieldValues>(action: Action<T>, options: ActionFormOptions<V> = {}) {
  // The server action itself, never a wrapper: only a server action reference gives the form its
  // no-JavaScript post (progressive enhancement; e2e/no-javascript.spec.ts failed with the
  // guardAction wrapper here). Typed calls (submit) catch a refused or lost request below.
  const [posted, formAction, posting] = useActionState<FormState<T>, FormData>(action, null);
  // With JavaScript, onSubmit sends the same FormData through this guarded copy instead.
  const guarded = useMemo(() => guardAction(action), [action]);
  const [sent, send, sending] = useActionState<FormState<T>, FormData>(guarded, null);
  // Answers the browser produced itself (too large, lost) or from a typed call (submit).
  const [local, setLocal] = useState<{ state: NonNullable<FormState<T>> } | null>(null);
  const [calling, setCalling] = useState(false);
  // Elements reached only in callbacks; handed out as callback refs not named "…Ref", so the
  // React hooks linter does not take the whole returned object for a ref.
  const formEl = useRef<HTMLFormElement | null>(null);
  const summaryEl = useRef<HTMLDivElement | null>(null);
  // Automatic retries stop when the form goes away (the person left the page).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const attachForm = useCallback((el: HTMLFormElement | null) => void (formEl.current = el), []);
  const attachSummary = useCallback((el: HTMLDivElement | null) => void (summaryEl.current = el), []);

  // The latest answer wins: a new post clears the local one (onSubmit), a typed call sets it.
  const state: FormState<T> = local?.state ?? sent ?? posted;
  const failure = state && !state.ok ? state : null;

  // After the next paint (the message must be rendered first): the first invalid field, else the summary.
  const focusFirstError = useCallback(
    () =>
      requestAnimationFrame(() => {
        const field = formEl.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        (field ?? summaryEl.current)?.focus();
      }),
    [],
  );
  useEffect(() => {
    if (!posted || posted.ok) return;
    const id = focusFirstError();
    return () => cancelAnimationFrame(id);
  }, [posted, focusFirstError]);
  // A guarded post's answer: what React does after a form action (its uncontrolled fields back to
  // their defaults, which a failure's echoed values fill), except after a refused request, whose
  // typed values stay exactly as they are; then the focus moves to the error.
  useEffect(() => {
    if (!sent) return;
    if (sent !== REFUSED) formEl.current?.reset();
    if (sent.ok) return;
    const id = focusFirstError();
    return () => cancelAnimationFrame(id);
  }, [sent, focusFirstError]);

  const fail = useCallback(
    (f: Failure) => {
      setLocal({ state: f });
      focusFirstError();
    },
    [focusFirstError],
  );

  /**
   * For <form onSubmit>: refuses a body the server would refuse unread; else sends it through the
   * guarded action. A submit button with its own formAction (the queue's bulk bar) posts as React
   * would: its action is not this hook's.
   */
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      setLocal(null);
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const data = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
      const tooLarge = tooLargeForAction(Object.fromEntries(data));
      if (tooLarge) {
        event.preventDefault();
        fail({ ok: false, code: "REQUEST_TOO_LARGE", params: tooLarge });
        return;
      }
      if (submitter?.hasAttribute("formaction")) return;
      event.preventDefault();
      startTransition(() => send(data));
    },
    [fail, send],
  );

  const { setError, retryBusy } = options;
  const maxTries = retryBusy ? Math.max(1, retryBusy.tries ?? 4) : 1;
  /** A typed call (react-hook-form's handleSubmit): the answer, also kept as the form's state. */
  const submit = useCallback(
    async (input: unknown): Promise<NonNullable<FormState<T>>> => {
      const tooLarge = tooLargeForAction(input);
      if (tooLarge) {
        const refused: Failure = { ok: false, code: "REQUEST_TOO_LARGE", params: tooLarge };
        fail(refused);
        return refused;
      }
      setLocal(null);
      setCalling(true);
      // A lost response: the caller's idempotency key (if any) makes a retry safe.
      let result: NonNullable<FormState<T>> = await action(null, input).catch((): Failure => LOST);
      for (let attempt = 1; attempt < maxTries && mounted.current; attempt++) {
        if (result.ok || (result.code !== "BUSY" && result !== LOST)) break;
        // Say so (the BUSY message tells when the form sends again), keep the form pending, wait, resend.
        const refused: Failure = result;
        if (attempt === 1) fail(refused);
        else setLocal({ state: refused });
        await new Promise((resolve) => setTimeout(resolve, busyDelaySeconds(refused.params?.retryAfter, attempt) * 1000));
        if (!mounted.current) break;
        result = await action(null, input).catch((): Failure => LOST);
      }
      setCalling(false);
      if (result.ok) {
        setLocal({ state: result });
        return result;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError?.(field as FieldPath<V>, { type: "server", message: messages[0] });
      fail(result);
      return result;
    },
    [action, fail, setError, maxTries],
  );

  /** The first message of a field's server error (an i18n key for <FieldError>). */
  const fieldError = (name: string): string | undefined => failure?.fieldErrors?.[name]?.[0];

  return {
    state,
    failure,
    /** The last answer was a success (a form that stays on the page says so). */
    ok: state?.ok === true,
    /** Data of a successful answer that did not redirect. */
    data: state?.ok ? state.data : undefined,
    values: state?.values,
    pending: posting || sending || calling,
    action: formAction,
    onSubmit,
    submit,
    fieldError,
    /** aria-invalid for a field with a server error (also where focus goes first). */
    invalid: (name: string) => (fieldError(name) ? true : undefined),
    /** A field's error attributes: invalid, and described by its <FieldError id={errorId}>. */
    errorProps: (name: string, errorId: string) => (fieldError(name) ? { "aria-invalid": true as const, "aria-describedby": errorId } : {}),
    /** For a plain form post: `<form {...f.form}>` (the action, the size check, the element). */
    form: { ref: attachForm, action: formAction, onSubmit },
    /** For the error summary: `<ActionError {...f.summary} …>` (focus goes there). */
    summary: { ref: attachSummary },
    /** Moves focus to the summary: for errors found in the browser (react-hook-form's onInvalid). */
    focusSummary: () => requestAnimationFrame(() => summaryEl.current?.focus()),
  };
}
